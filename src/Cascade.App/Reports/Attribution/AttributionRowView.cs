namespace Cascade.App.Reports.Attribution;

/// <summary>One group of an attribution report: a channel, campaign (<c>(none)</c> without one), origin or type.</summary>
public sealed record AttributionRowView(string Key, double Opportunities, decimal Amount);
