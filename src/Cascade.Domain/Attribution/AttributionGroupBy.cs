namespace Cascade.Domain.Attribution;

/// <summary>What an <see cref="AttributionReport"/> groups touches by (wire names lower-case).</summary>
public enum AttributionGroupBy
{
    Channel,
    Campaign,
    Origin,
    Type,
}
