namespace Cascade.Domain.Pipeline;

/// <summary>
/// One CRM stage over a period: the stays that began in it then, and how those ended — moved on to a later stage, won,
/// lost — with the median length of the stays that ended (days, 1 decimal; null when none ended).
/// </summary>
public sealed record StageFlowRow(string Stage, int Entered, int MovedOn, int Won, int Lost, decimal? MedianDays);
