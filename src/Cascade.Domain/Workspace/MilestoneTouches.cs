using Cascade.Domain.Lifecycle;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Workspace;

/// <summary>
/// The touches behind each person's LC and MQ milestones, read off the same lifecycle replays
/// (<see cref="LeadReplayResult.KnownBy"/>, <see cref="LeadReplayResult.MqlBy"/>) that place the milestones in
/// attribution. A person made known or MQL without a touch (an import, the CRM, a sales action) has none.
/// </summary>
public static class MilestoneTouches
{
    /// <summary>Each person's lead-creation touch, ordinal order of e-mail.</summary>
    public static IReadOnlyList<Touchpoint> LeadCreation(WorkspaceAnalysis analysis) => Select(analysis, r => r.KnownBy);

    /// <summary>Each person's MQL touch, ordinal order of e-mail.</summary>
    public static IReadOnlyList<Touchpoint> Mql(WorkspaceAnalysis analysis) => Select(analysis, r => r.MqlBy);

    private static List<Touchpoint> Select(WorkspaceAnalysis analysis, Func<LeadReplayResult, string?> milestone)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var touches = new List<Touchpoint>();
        foreach (var (person, replay) in analysis.Leads.OrderBy(l => l.Key.Value, StringComparer.Ordinal))
        {
            if (milestone(replay) is { } eventId
                && analysis.Index.TouchesOf(person).FirstOrDefault(t => string.Equals(t.EventId, eventId, StringComparison.Ordinal)) is { } touch)
            {
                touches.Add(touch);
            }
        }

        return touches;
    }
}
