using System.Globalization;
using Cascade.Domain.Pipeline;

namespace Cascade.Domain.Tests.Pipeline;

/// <summary>
/// Builds the CRM states of one opportunity in arrival order: created, then updates that each change
/// a few fields at an instant (written <c>"2026-02-01"</c> or a full ISO instant).
/// </summary>
public sealed class OpportunityBuilder
{
    private readonly List<Opportunity> _states = [];

    public OpportunityBuilder(string id, string createdAt, decimal amount, string closeDate, OpportunityStatus status = OpportunityStatus.Open, string? closedAt = null)
    {
        _states.Add(new Opportunity
        {
            OpportunityId = id,
            Amount = amount,
            CloseDate = Date(closeDate),
            Status = status,
            Stage = "discovery",
            CreatedAt = Instant(createdAt),
            ClosedAt = closedAt is null ? null : Instant(closedAt),
            UpdatedAt = Instant(closedAt ?? createdAt),
        });
    }

    public IReadOnlyList<Opportunity> States => _states;

    public Opportunity Last => _states[^1];

    public OpportunityBuilder Update(string at, decimal? amount = null, string? closeDate = null, OpportunityStatus? status = null, string? stage = null)
    {
        var instant = Instant(at);
        var next = Last with
        {
            Amount = amount ?? Last.Amount,
            CloseDate = closeDate is null ? Last.CloseDate : Date(closeDate),
            Status = status ?? Last.Status,
            Stage = stage ?? Last.Stage,
            UpdatedAt = instant,
        };
        _states.Add(next with { ClosedAt = next.IsOpen ? null : Last.ClosedAt ?? instant });
        return this;
    }

    public OpportunityBuilder Won(string at, decimal? amount = null, string? closeDate = null) =>
        Update(at, amount, closeDate, OpportunityStatus.Won, "closed_won");

    public OpportunityBuilder Lost(string at, decimal? amount = null, string? closeDate = null) =>
        Update(at, amount, closeDate, OpportunityStatus.Lost, "closed_lost");

    public OpportunityHistory Build()
    {
        var history = new OpportunityHistory(_states[0].OpportunityId);
        foreach (var state in _states)
        {
            history.Apply(state);
        }

        return history;
    }

    public static DateTimeOffset Instant(string text) =>
        DateTimeOffset.Parse(text.Length == 10 ? text + "T00:00:00Z" : text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
