using Cascade.Storage.Tables;

namespace Cascade.Storage.Attribution;

/// <summary>
/// A whole <see cref="AttributionRecord"/> as the compressed parts of one row (<see cref="CompressedParts"/>), so that a
/// period index row can carry the attribution it lists and a report reads a month as one partition query instead of
/// each opportunity by key.
/// </summary>
/// <remarks>
/// At most <see cref="MaxParts"/> parts (960 KiB, under the 1 MiB entity limit with the row's other properties).
/// A journey too large for that is not carried (<see cref="Encode"/> answers null) and readers read it by key: the
/// rule bounds the row, not the journey.
/// </remarks>
public static class AttributionCopy
{
    public const int MaxParts = 15;

    /// <summary>The parts of <paramref name="record"/>, or null when it does not fit one row.</summary>
    public static IReadOnlyList<byte[]>? Encode(AttributionRecord record) => CompressedParts.Encode(record, MaxParts);

    /// <summary>The record <see cref="Encode"/> cut into <paramref name="parts"/>.</summary>
    public static AttributionRecord Decode(IEnumerable<byte[]> parts) => CompressedParts.Decode<AttributionRecord>(parts);
}
