namespace Cascade.Domain.Attribution;

/// <summary>A journey, or the reason none can be built (revenue of an opportunity that is not won).</summary>
public sealed record JourneyResult
{
    private JourneyResult(Journey? journey, string? refusal)
    {
        Journey = journey;
        Refusal = refusal;
    }

    public Journey? Journey { get; }

    public string? Refusal { get; }

    public bool IsBuilt => Journey is not null;

    public static JourneyResult Built(Journey journey) => new(journey, null);

    public static JourneyResult Refused(string reason) => new(null, reason);
}
