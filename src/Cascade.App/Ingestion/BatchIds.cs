using System.Security.Cryptography;
using System.Text;

namespace Cascade.App.Ingestion;

/// <summary>
/// Ids of queue batches, derived from what they carry and when they were sent, so that nothing below the
/// function layer draws randomness and a log line can be matched to its request.
/// </summary>
internal static class BatchIds
{
    public static string For(string kind, DateTimeOffset at, IEnumerable<string> itemKeys)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', itemKeys)));
        return $"{kind}-{at.UtcTicks:D19}-{Convert.ToHexStringLower(hash.AsSpan(0, 6))}";
    }
}
