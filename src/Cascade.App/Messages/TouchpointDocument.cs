using System.Text.Json;
using Cascade.App.Validation;
using Cascade.Domain.Touchpoints;

namespace Cascade.App.Messages;

/// <summary>
/// A touchpoint as JSON, in the very shape of the API's payload, so that a queued touchpoint is read back by
/// the same <see cref="Ingestion.TouchpointReader"/> that validated it at the edge.
/// </summary>
public sealed record TouchpointDocument(
    string EventId,
    DateTimeOffset OccurredAt,
    string Type,
    string Channel,
    string Origin,
    string? Campaign,
    string? Content,
    UtmDocument? Utm,
    string? PageUrl,
    string? Referrer,
    string? AnonymousId,
    string? Email,
    string? AccountDomain,
    ProfileDocument? Profile)
{
    public static TouchpointDocument From(Touchpoint t) => new(
        t.EventId,
        t.OccurredAt,
        t.Type,
        t.Channel,
        t.Origin == Domain.Touchpoints.Origin.Sales ? "sales" : "marketing",
        t.Campaign,
        t.Content,
        t.Utm is { } u ? new UtmDocument(u.Source, u.Medium, u.Campaign, u.Term, u.Content) : null,
        t.PageUrl,
        t.Referrer,
        t.AnonymousId,
        t.Email?.Value,
        t.AccountDomain,
        t.Profile is { } p ? ProfileDocument.From(p) : null);

    /// <summary>The touchpoint back; a document that no longer validates is a bug or tampering, and throws.</summary>
    public Touchpoint ToTouchpoint()
    {
        var element = JsonSerializer.SerializeToElement(this, MessageJson.Options);
        var errors = new ValidationErrors();
        return Ingestion.TouchpointReader.Read(element, string.Empty, errors)
            ?? throw new InvalidDataException($"Touchpoint '{EventId}' in a queue message is invalid: {string.Join("; ", errors.ToDictionary().Keys)}");
    }
}
