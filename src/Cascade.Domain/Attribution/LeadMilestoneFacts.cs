namespace Cascade.Domain.Attribution;

/// <summary>
/// Which touches moved a person through the lifecycle, as the lifecycle replay found them: the event ids of
/// the touches that made someone <c>known</c> and those that made someone <c>mql</c>. Attribution only
/// reads them to place the LC and MQ milestones.
/// </summary>
public sealed record LeadMilestoneFacts
{
    private LeadMilestoneFacts(IReadOnlySet<string> knownEventIds, IReadOnlySet<string> mqlEventIds)
    {
        KnownEventIds = knownEventIds;
        MqlEventIds = mqlEventIds;
    }

    /// <summary>No lifecycle facts: LC falls back to the first touch with an e-mail, MQ to LC.</summary>
    public static LeadMilestoneFacts None { get; } = new(new HashSet<string>(), new HashSet<string>());

    public IReadOnlySet<string> KnownEventIds { get; }

    public IReadOnlySet<string> MqlEventIds { get; }

    public static LeadMilestoneFacts Create(IEnumerable<string> knownEventIds, IEnumerable<string> mqlEventIds) =>
        new(new HashSet<string>(knownEventIds, StringComparer.Ordinal), new HashSet<string>(mqlEventIds, StringComparer.Ordinal));
}
