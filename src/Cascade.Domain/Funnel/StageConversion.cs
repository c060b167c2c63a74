using Cascade.Domain.Lifecycle;

namespace Cascade.Domain.Funnel;

/// <summary>
/// Of the <see cref="Entered"/> people who entered <see cref="From"/> in the period, <see cref="Converted"/>
/// later entered <see cref="To"/>; <see cref="Rate"/> is their share, null when nobody entered.
/// </summary>
public sealed record StageConversion(LifecycleStage From, LifecycleStage To, int Entered, int Converted)
{
    public decimal? Rate => Entered == 0 ? null : (decimal)Converted / Entered;
}
