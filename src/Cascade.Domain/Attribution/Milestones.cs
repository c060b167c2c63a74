namespace Cascade.Domain.Attribution;

/// <summary>
/// The milestones of a journey (domain §5); one touch can be several. Names are the wire names
/// (<c>"FT"</c>, <c>"LC"</c>, …), see <see cref="MilestoneNames"/>.
/// </summary>
[Flags]
#pragma warning disable CA1714 // The flags carry the spec's own short names.
public enum Milestones
#pragma warning restore CA1714
{
    None = 0,

    /// <summary>First touch of the journey.</summary>
    FT = 1,

    /// <summary>Lead creation: the touch that made one of the journey's people known.</summary>
    LC = 2,

    /// <summary>The touch that made one of the journey's people an MQL (else LC).</summary>
    MQ = 4,

    /// <summary>The last touch at or before the opportunity's creation.</summary>
    OC = 8,

    /// <summary>The last touch at or before closing won (revenue only).</summary>
    CW = 16,
}
