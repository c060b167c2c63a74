using System.Globalization;
using System.Text.Json;
using Cascade.App.Opportunities;
using Cascade.App.Validation;
using Cascade.Domain.Pipeline;

namespace Cascade.App.Messages;

/// <summary>A CRM opportunity state as JSON, in the API's shape, read back by <see cref="OpportunityReader"/>.</summary>
public sealed record OpportunityDocument(
    string OpportunityId,
    string? Name,
    string? AccountDomain,
    IReadOnlyList<string> ContactEmails,
    decimal? Amount,
    string? Stage,
    string? CloseDate,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset UpdatedAt,
    string? Owner,
    string? Type = null)
{
    public static OpportunityDocument From(Opportunity o) => new(
        o.OpportunityId,
        o.Name,
        o.AccountDomain,
        o.ContactEmails.Select(e => e.Value).ToList(),
        o.Missing.HasFlag(OpportunityMissingFields.Amount) ? null : o.Amount,
        o.Stage,
        o.Missing.HasFlag(OpportunityMissingFields.CloseDate) ? null : o.CloseDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        o.Status.ToString().ToLowerInvariant(),
        o.CreatedAt,
        o.ClosedAt,
        o.UpdatedAt,
        o.Owner,
        o.Type?.ToName());

    /// <summary>The state back; a document that no longer validates is a bug or tampering, and throws.</summary>
    public Opportunity ToOpportunity(string workspaceCurrency)
    {
        var element = JsonSerializer.SerializeToElement(this, MessageJson.Options);
        var errors = new ValidationErrors();
        return OpportunityReader.Read(element, string.Empty, workspaceCurrency, errors)
            ?? throw new InvalidDataException($"Opportunity '{OpportunityId}' in a queue message is invalid: {string.Join("; ", errors.ToDictionary().Keys)}");
    }
}
