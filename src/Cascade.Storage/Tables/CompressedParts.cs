using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Azure.Data.Tables;

namespace Cascade.Storage.Tables;

/// <summary>
/// A value kept on one row as compressed JSON cut into binary properties of at most 64 KiB (<c>Parts</c>, then
/// <c>P00</c>, <c>P01</c>, …): how a row carries a read model too large for a string property, so that a reader gets it
/// with the row instead of with more requests.
/// </summary>
public static class CompressedParts
{
    private const string Count = "Parts";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    /// <summary>The parts of <paramref name="value"/>, or null when it needs more than <paramref name="maxParts"/>.</summary>
    public static IReadOnlyList<byte[]>? Encode<T>(T value, int maxParts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(zip, value, Json);
        }

        var bytes = buffer.ToArray();
        return bytes.Length > maxParts * TableLimits.MaxBinaryBytes ? null : bytes.Chunk(TableLimits.MaxBinaryBytes).ToList();
    }

    /// <summary>The value <see cref="Encode"/> cut into <paramref name="parts"/>.</summary>
    public static T Decode<T>(IEnumerable<byte[]> parts)
    {
        using var buffer = new MemoryStream(parts.SelectMany(p => p).ToArray());
        using var zip = new GZipStream(buffer, CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(zip, Json) ?? throw new InvalidDataException($"A compressed {typeof(T).Name} decoded to nothing.");
    }

    /// <summary>Sets <paramref name="parts"/> on <paramref name="row"/>.</summary>
    public static void Put(TableEntity row, IReadOnlyList<byte[]> parts)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(parts);
        row[Count] = parts.Count;
        for (var i = 0; i < parts.Count; i++)
        {
            row[Name(i)] = parts[i];
        }
    }

    /// <summary>The parts <see cref="Put"/> set on <paramref name="row"/>; null when it has none.</summary>
    public static IReadOnlyList<byte[]>? Get(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.GetInt32(Count) is > 0 and var count
            ? Enumerable.Range(0, count).Select(i => row.GetBinary(Name(i))).ToList()
            : null;
    }

    private static string Name(int index) => "P" + index.ToString("D2", CultureInfo.InvariantCulture);
}
