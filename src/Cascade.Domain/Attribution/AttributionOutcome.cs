namespace Cascade.Domain.Attribution;

/// <summary>An opportunity's attribution, or the reason there is none (revenue of an opportunity not won).</summary>
public sealed record AttributionOutcome
{
    private AttributionOutcome(OpportunityAttribution? attribution, string? refusal)
    {
        Attribution = attribution;
        Refusal = refusal;
    }

    public OpportunityAttribution? Attribution { get; }

    public string? Refusal { get; }

    public bool IsAttributed => Attribution is not null;

    public static AttributionOutcome Attributed(OpportunityAttribution attribution) => new(attribution, null);

    public static AttributionOutcome Refused(string reason) => new(null, reason);
}
