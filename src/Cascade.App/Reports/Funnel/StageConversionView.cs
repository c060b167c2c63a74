namespace Cascade.App.Reports.Funnel;

/// <summary>Of the people who entered <see cref="From"/> in the period, how many went on to <see cref="To"/>.</summary>
public sealed record StageConversionView(string From, string To, int Entered, int Converted, decimal? Rate);
