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
    ProfileDocument? Profile,
    int? Score = null)
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
        t.Profile is { } p ? ProfileDocument.From(p) : null,
        t.Score);

    /// <summary>The touchpoint back; a document that no longer validates is a bug or tampering, and throws.</summary>
    public Touchpoint ToTouchpoint()
    {
        var errors = new ValidationErrors();
        return Read(string.Empty, errors)
            ?? throw new InvalidDataException($"Touchpoint '{EventId}' in a queue message is invalid: {string.Join("; ", errors.ToDictionary().Keys)}");
    }

    /// <summary>
    /// The touchpoint as the <c>touchpoints</c> handler will read it from its queue message, or null with the reasons in
    /// <paramref name="errors"/>: the check an edge that builds touchpoints itself (forms, the snippet) runs before it
    /// answers 202, so that nothing it accepts is refused by the handler.
    /// </summary>
    public Touchpoint? Read(string prefix, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var element = JsonSerializer.SerializeToElement(this, MessageJson.Options);
        return Ingestion.TouchpointReader.Read(element, prefix, errors);
    }
}
