using Cascade.Domain.Funnel;

namespace Cascade.Domain.Workspace;

/// <summary>
/// Every person's <see cref="FunnelLead"/> read off the whole-store analysis: what the person's evaluation writes
/// per period, computed the same way, so the period index can be checked against it.
/// </summary>
public static class FunnelLeads
{
    /// <summary>Every person's funnel facts, ordinal order of e-mail.</summary>
    public static IReadOnlyList<FunnelLead> From(WorkspaceAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Leads
            .OrderBy(l => l.Key.Value, StringComparer.Ordinal)
            .Select(l => FunnelLead.From(l.Key.Value, l.Value.History, analysis.Index.TouchesOf(l.Key), l.Value.KnownBy, l.Value.MqlBy))
            .ToList();
    }
}
