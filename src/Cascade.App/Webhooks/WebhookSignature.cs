using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Cascade.App.Webhooks;

/// <summary>
/// The webhook signature of api.md: <c>X-Cascade-Signature: sha256=&lt;hex HMAC-SHA256 of "&lt;timestamp&gt;.&lt;raw body&gt;"&gt;</c>
/// with the source's secret, <c>X-Cascade-Timestamp</c> in unix seconds within <see cref="MaxSkew"/> of now. The
/// timestamp is signed with the body, so an old signed request cannot be replayed with a fresh timestamp.
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-Cascade-Timestamp";
    public const string SignatureHeader = "X-Cascade-Signature";
    public const string Scheme = "sha256=";

    public static readonly TimeSpan MaxSkew = TimeSpan.FromSeconds(300);

    // DateTimeOffset's range in unix seconds, so that parsing never throws on an absurd header.
    private const long MinSeconds = -62_135_596_800;
    private const long MaxSeconds = 253_402_300_799;

    public static WebhookVerdict Verify(string? secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return WebhookVerdict.UnknownSource;
        }

        if (!long.TryParse(timestamp, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds)
            || seconds < MinSeconds || seconds > MaxSeconds)
        {
            return WebhookVerdict.MissingTimestamp;
        }

        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > MaxSkew)
        {
            return WebhookVerdict.Expired;
        }

        if (signature is null || !signature.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            || signature.Length != Scheme.Length + (HMACSHA256.HashSizeInBytes * 2))
        {
            return WebhookVerdict.BadSignature;
        }

        byte[] presented;
        try
        {
            presented = Convert.FromHexString(signature.AsSpan(Scheme.Length));
        }
        catch (FormatException)
        {
            return WebhookVerdict.BadSignature;
        }

        // Constant time, so the comparison leaks nothing about how much of a forged signature was right.
        return CryptographicOperations.FixedTimeEquals(presented, Hash(secret, timestamp!, body))
            ? WebhookVerdict.Valid
            : WebhookVerdict.BadSignature;
    }

    /// <summary>The signature header's value for <paramref name="body"/> sent at <paramref name="timestamp"/> (for senders and tests).</summary>
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body) =>
        Scheme + Convert.ToHexStringLower(Hash(secret, timestamp, body));

    private static byte[] Hash(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
    }
}
