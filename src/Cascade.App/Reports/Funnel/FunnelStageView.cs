namespace Cascade.App.Reports.Funnel;

/// <summary>
/// One stage: distinct people who entered it in the period, how many of those stays have ended, and their
/// median length in days (null when none has ended).
/// </summary>
public sealed record FunnelStageView(string Stage, int Entered, int CompletedStays, double? MedianDaysInStage);
