using System.Text.Json;
using Cascade.Domain.Customers;
using Cascade.Domain.Customers.Events;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Customers;

/// <summary>
/// The status row's <c>Summary</c> JSON: the account's facts as <see cref="CustomerFactSummary"/> keeps them (the facts
/// other than activity, one object per fact, and the activity runs). Too large for a property, it is left out, and
/// the account's next touch replays its facts as before.
/// </summary>
internal sealed record CustomerSummaryDocument(int ThresholdDays, CustomerSummaryDocument.Fact[] Others, CustomerSummaryDocument.Run[] Runs)
{
    public static string? Write(CustomerFactSummary? summary)
    {
        if (summary is null)
        {
            return null;
        }

        var json = JsonSerializer.Serialize(new CustomerSummaryDocument(
            summary.ThresholdDays,
            summary.Others.Select(f => f.Event switch
            {
                DealWon e => new Fact(f.At, e.Action, e.OpportunityId, null, null),
                RenewalLost e => new Fact(f.At, e.Action, e.OpportunityId, null, null),
                ChurnMarked e => new Fact(f.At, e.Action, null, e.Reason, e.User),
                Reactivated e => new Fact(f.At, e.Action, null, e.Reason, e.User),
                _ => throw new ArgumentOutOfRangeException(nameof(summary), f.Event.GetType().Name, "Not a fact a summary keeps."),
            }).ToArray(),
            summary.Runs.Select(r => new Run(r.From, r.FirstId, r.To)).ToArray()));
        return json.Length <= TableLimits.MaxStringChars ? json : null;
    }

    public static CustomerFactSummary? Read(string? json)
    {
        if (json is null || JsonSerializer.Deserialize<CustomerSummaryDocument>(json) is not { } document)
        {
            return null;
        }

        var others = document.Others.Select(f => new CustomerFact(f.At.ToUniversalTime(), f.Action switch
        {
            "deal_won" => new DealWon(f.OpportunityId!),
            "renewal_lost" => new RenewalLost(f.OpportunityId!),
            "churn" => new ChurnMarked(f.Reason!, f.User!),
            "reactivate" => (CustomerEvent)new Reactivated(f.Reason!, f.User!),
            _ => throw new InvalidDataException($"Unknown customer fact '{f.Action}' in a status row's summary."),
        })).ToList();
        var runs = document.Runs.Select(r => new CustomerActivityRun(r.From.ToUniversalTime(), r.FirstId, r.To.ToUniversalTime())).ToList();
        return new CustomerFactSummary(others, runs, document.ThresholdDays);
    }

    internal sealed record Fact(DateTimeOffset At, string Action, string? OpportunityId, string? Reason, string? User);

    internal sealed record Run(DateTimeOffset From, string FirstId, DateTimeOffset To);
}
