using System.IO.Compression;
using System.Text.Json;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Attribution;

/// <summary>
/// A whole <see cref="AttributionRecord"/> as the binary properties of one row: compressed JSON cut into parts of at
/// most 64 KiB, so that a period index row can carry the attribution it lists and a report reads a month as one
/// partition query instead of each opportunity by key.
/// </summary>
/// <remarks>
/// At most <see cref="MaxParts"/> parts (960 KiB, under the 1 MiB entity limit with the row's other properties).
/// A journey too large for that is not carried (<see cref="Encode"/> answers null) and readers read it by key: the
/// rule bounds the row, not the journey.
/// </remarks>
public static class AttributionCopy
{
    public const int MaxParts = 15;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    /// <summary>The parts of <paramref name="record"/>, or null when it does not fit one row.</summary>
    public static IReadOnlyList<byte[]>? Encode(AttributionRecord record)
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(zip, record, Json);
        }

        var bytes = buffer.ToArray();
        return bytes.Length > MaxParts * TableLimits.MaxBinaryBytes ? null : bytes.Chunk(TableLimits.MaxBinaryBytes).ToList();
    }

    /// <summary>The record <see cref="Encode"/> cut into <paramref name="parts"/>.</summary>
    public static AttributionRecord Decode(IEnumerable<byte[]> parts)
    {
        using var buffer = new MemoryStream(parts.SelectMany(p => p).ToArray());
        using var zip = new GZipStream(buffer, CompressionMode.Decompress);
        return JsonSerializer.Deserialize<AttributionRecord>(zip, Json)
            ?? throw new InvalidDataException("An attribution copy decoded to nothing.");
    }
}
