using Cascade.Domain.Lifecycle;
using Cascade.Domain.Pipeline;

namespace Cascade.Domain.Workspace;

/// <summary>The workspace's configuration of the rules: lifecycle and scoring, attribution, calendar.</summary>
public sealed record WorkspaceSettings
{
    public static WorkspaceSettings Default { get; } = new();

    public LeadSettings Leads { get; init; } = LeadSettings.Default;

    /// <summary>How far before an opportunity's creation its journey reaches (domain §5: 365 days).</summary>
    public TimeSpan Lookback { get; init; } = TimeSpan.FromDays(365);

    public FiscalCalendar Calendar { get; init; } = FiscalCalendar.Calendar;
}
