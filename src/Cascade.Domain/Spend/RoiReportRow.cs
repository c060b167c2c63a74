namespace Cascade.Domain.Spend;

/// <summary>One group (a channel or a campaign) of a <see cref="RoiReport"/>.</summary>
public sealed record RoiReportRow(string Key, RoiFigures Figures);
