namespace Cascade.Domain.Pipeline;

/// <summary>
/// The itemised value change V of a waterfall, each a signed contribution; <see cref="Total"/> is V.
/// <see cref="PushedOut"/> and <see cref="Slipped"/> are ≤ 0.
/// </summary>
public sealed record ValueChangeItems(decimal AmountChanges, decimal PulledIn, decimal PushedOut, decimal Slipped, decimal Entering)
{
    public decimal Total => AmountChanges + PulledIn + PushedOut + Slipped + Entering;
}
