using Cascade.Domain.Attribution;
using Cascade.Domain.Lifecycle;

namespace Cascade.Domain.Workspace;

/// <summary>
/// Reads the LC and MQ milestones (domain §5) off lifecycle replays: the touches that made people known and
/// MQL. Shared by the whole-store analysis and the attribution of one opportunity's scope, so both place the
/// milestones alike.
/// </summary>
public static class LeadMilestones
{
    /// <summary>The <c>KnownBy</c> and <c>MqlBy</c> touches of <paramref name="replays"/> (replays without one add nothing).</summary>
    public static LeadMilestoneFacts From(IEnumerable<LeadReplayResult> replays)
    {
        ArgumentNullException.ThrowIfNull(replays);
        var list = replays as IReadOnlyCollection<LeadReplayResult> ?? [.. replays];
        return LeadMilestoneFacts.Create(
            list.Select(l => l.KnownBy).OfType<string>(),
            list.Select(l => l.MqlBy).OfType<string>());
    }
}
