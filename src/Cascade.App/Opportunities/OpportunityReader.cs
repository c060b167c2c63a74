using System.Text.Json;
using Cascade.App.Ingestion;
using Cascade.App.Validation;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;

namespace Cascade.App.Opportunities;

/// <summary>
/// Reads CRM opportunity states (api.md <c>POST /api/crm/opportunities</c>). Money must be in the workspace
/// currency (a payload in another currency is refused, domain intro); a closed state without <c>closedAt</c>
/// is taken as closed at its <c>updatedAt</c>. <c>amount</c> and <c>closeDate</c> may be left out: the version is kept,
/// undocumented (<see cref="OpportunityDocumentation"/>), and never refuses the batch it came in. The optional
/// <c>type</c> is kept with the version; when no version names one it is derived where it is used
/// (<see cref="OpportunityTypes.Of"/>).
/// </summary>
public static class OpportunityReader
{
    private const int MaxContacts = 100;

    private static readonly Dictionary<string, OpportunityStatus> Statuses = new(StringComparer.Ordinal)
    {
        ["open"] = OpportunityStatus.Open,
        ["won"] = OpportunityStatus.Won,
        ["lost"] = OpportunityStatus.Lost,
    };

    private static readonly Dictionary<string, OpportunityType> Types = new(StringComparer.Ordinal)
    {
        ["new_business"] = OpportunityType.NewBusiness,
        ["expansion"] = OpportunityType.Expansion,
        ["renewal"] = OpportunityType.Renewal,
    };

    public static Validated<IReadOnlyList<Opportunity>> ReadBatch(ReadOnlyMemory<byte> body, string workspaceCurrency)
    {
        var items = JsonBody.Items(body, IngestionLimits.MaxBatchItems, IngestionLimits.MaxTouchpointBodyBytes);
        if (!items.IsValid)
        {
            return Validated<IReadOnlyList<Opportunity>>.Invalid(items.Errors);
        }

        var list = items.Value!;
        var errors = new ValidationErrors();
        var opportunities = new List<Opportunity>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            if (Read(list[i], JsonBody.Prefix(i, list.Count), workspaceCurrency, errors) is { } opportunity)
            {
                opportunities.Add(opportunity);
            }
        }

        return errors.IsEmpty
            ? Validated<IReadOnlyList<Opportunity>>.Valid(opportunities)
            : Validated<IReadOnlyList<Opportunity>>.Invalid(errors);
    }

    /// <summary>Reads one opportunity object, adding its problems to <paramref name="errors"/> under <paramref name="prefix"/>.</summary>
    public static Opportunity? Read(JsonElement element, string prefix, string workspaceCurrency, ValidationErrors errors)
    {
        var before = errors.Count;
        var f = new JsonFields(element, prefix, errors);
        var id = f.RoutedId("opportunityId", required: true);
        var name = f.Text("name", maxLength: 512);
        var accountDomain = f.AccountDomain("accountDomain");
        var contacts = new List<EmailAddress>();
        var contactElements = f.Array("contactEmails", MaxContacts);
        for (var c = 0; c < contactElements.Count; c++)
        {
            var path = $"{f.Path("contactEmails")}[{c}]";
            if (contactElements[c].ValueKind != JsonValueKind.String)
            {
                errors.Add(path, "must be an e-mail address.");
            }
            else if (f.EmailValue(contactElements[c].GetString()!, path) is { } email)
            {
                contacts.Add(email);
            }
        }

        var amount = f.Money("amount");
        var currency = f.Text("currency", maxLength: 3);
        if (currency is not null && !string.Equals(currency, workspaceCurrency, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(f.Path("currency"), $"must be the workspace currency {workspaceCurrency}.");
        }

        var stage = f.Text("stage", maxLength: 128);
        var owner = f.Text("owner", maxLength: 256);
        var closeDate = f.Date("closeDate");
        var status = f.OneOf("status", Statuses) ?? OpportunityStatus.Open;
        var createdAt = f.Instant("createdAt", required: true);
        var closedAt = f.Instant("closedAt");
        var updatedAt = f.Instant("updatedAt", required: true);
        var type = f.OneOf("type", Types);
        if (errors.Count != before)
        {
            return null;
        }

        return new Opportunity
        {
            OpportunityId = id!,
            Name = name,
            AccountDomain = accountDomain,
            ContactEmails = contacts.Distinct().ToList(),
            Amount = amount ?? 0m,
            Stage = stage,
            CloseDate = closeDate ?? default,
            Missing = (amount is null ? OpportunityMissingFields.Amount : OpportunityMissingFields.None)
                | (closeDate is null ? OpportunityMissingFields.CloseDate : OpportunityMissingFields.None),
            Status = status,
            CreatedAt = createdAt!.Value,
            ClosedAt = status == OpportunityStatus.Open ? null : closedAt ?? updatedAt,
            UpdatedAt = updatedAt!.Value,
            Owner = owner,
            Type = type,
        };
    }
}
