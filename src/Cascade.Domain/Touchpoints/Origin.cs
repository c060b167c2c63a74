namespace Cascade.Domain.Touchpoints;

/// <summary>Who produced a touch: marketing programmes or sales activity (SDR/BDR/AE).</summary>
public enum Origin
{
    Marketing,
    Sales,
}
