namespace Cascade.Domain.Customers;

/// <summary>
/// How long a customer may stay silent: <c>Cascade:Customers:AtRiskAfterDays</c> (default 90) and
/// <c>Cascade:Customers:InactiveAfterDays</c> (default 180).
/// </summary>
public sealed record CustomerSettings
{
    public static CustomerSettings Default { get; } = new();

    public int AtRiskAfterDays { get; init; } = 90;

    public int InactiveAfterDays { get; init; } = 180;

    /// <summary>Null when the settings are usable, else why not (checked once, when the app starts).</summary>
    public string? Problem =>
        AtRiskAfterDays <= 0 ? "AtRiskAfterDays must be a positive number of days."
        : InactiveAfterDays <= AtRiskAfterDays ? "InactiveAfterDays must be more than AtRiskAfterDays."
        : null;
}
