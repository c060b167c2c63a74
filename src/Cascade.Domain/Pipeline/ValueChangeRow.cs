namespace Cascade.Domain.Pipeline;

/// <summary>What the touches of one channel or campaign are credited of a quarter's increases and decreases (negative).</summary>
public sealed record ValueChangeRow(string Key, decimal Increase, decimal Decrease);
