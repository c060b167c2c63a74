using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Cascade.Storage.Tables;

/// <summary>
/// Turns outside identifiers (event ids, e-mails, anonymous ids, opportunity ids) into legal
/// PartitionKey/RowKey values. Keys may not contain <c>/ \ # ?</c> or control characters and are at most
/// 1 KiB, so those characters (and the escape characters <c>%</c> and <c>~</c> themselves) become
/// <c>%XXXX</c>; the mapping stays injective, readable and order-preserving for plain ids. A value whose
/// escaped form would pass <see cref="MaxEscapedLength"/> keeps a readable head and gets <c>~</c> plus the
/// SHA-256 of the original value, so long ids still map to one short key each.
/// </summary>
public static class TableKeys
{
    /// <summary>Longest escaped form kept as is; well under the 1 KiB (512 UTF-16 chars) key limit.</summary>
    public const int MaxEscapedLength = 400;

    private const int HeadLength = 300;

    private const int MaxRangeKeyLength = 100;

    /// <summary>The key for <paramref name="value"/>; the same value always gives the same key.</summary>
    /// <exception cref="ArgumentException">The value is empty (a caller bug: ids are validated at the edge).</exception>
    public static string Escape(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' or '~' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        if (builder.Length <= MaxEscapedLength)
        {
            return builder.ToString();
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
        return string.Concat(builder.ToString(0, HeadLength), "~", hash);
    }

    /// <summary>How many partitions <see cref="Bucket"/> spreads values over.</summary>
    public const int Buckets = 16;

    /// <summary>
    /// One of <see cref="Buckets"/> partitions for <paramref name="value"/>: <paramref name="prefix"/> plus the first hex
    /// digit of its SHA-256, so that writes with no natural partition (event ids, pending marks) spread evenly and a
    /// batch of them is at most 16 entity-group transactions.
    /// </summary>
    public static string Bucket(string prefix, string value)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentException.ThrowIfNullOrEmpty(value);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(value));
        return prefix + Convert.ToHexStringLower(hash.AsSpan(0, 1))[0];
    }

    /// <summary>
    /// The row key prefix of the rows of <paramref name="key"/> (an escaped key) inside a shared bucket partition:
    /// <c>{key}~</c>, or <c>%%{SHA-256 hex}~</c> for a key longer than 100 characters so that a second escaped key still
    /// fits after it. Escaped keys of at most 100 characters hold no <c>~</c> (only a cut long value does) and never
    /// <c>%%</c>, so no prefix is the start of another.
    /// </summary>
    public static string RangePrefix(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return (key.Length <= MaxRangeKeyLength ? key : "%%" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))) + "~";
    }

    /// <summary>Every partition <see cref="Bucket"/> gives for <paramref name="prefix"/>, in order.</summary>
    public static IReadOnlyList<string> AllBuckets(string prefix) =>
        Enumerable.Range(0, Buckets).Select(i => prefix + i.ToString("x", CultureInfo.InvariantCulture)).ToList();

    /// <summary>A fixed-width, sortable key for an instant (UTC ticks, 19 digits).</summary>
    public static string Instant(DateTimeOffset instant) =>
        instant.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
}
