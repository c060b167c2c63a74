using System.Text;
using System.Text.Json;

namespace Cascade.Storage.Queues;

/// <summary>
/// Packs items into <see cref="QueueEnvelope{T}"/> JSON messages of at most 64 KiB once base64-encoded
/// (the Functions host's encoding), i.e. at most 48 KiB of UTF-8 JSON. Items are serialised once and
/// packed greedily in order, the envelope's bytes counted exactly, so no message is ever too large and no
/// item is dropped. Message ids are <c>{batchId}-{n}</c>: deterministic, so re-splitting the same batch
/// (a retried request) yields the same ids. <c>maxItems</c> caps the items of one message as well.
/// </summary>
public static class QueueMessageSplitter
{
    /// <summary>The queue's limit on a message as stored (base64 text).</summary>
    public const int MaxEncodedBytes = 64 * 1024;

    /// <summary>The most UTF-8 JSON bytes whose base64 form fits <see cref="MaxEncodedBytes"/>.</summary>
    public const int MaxRawBytes = MaxEncodedBytes / 4 * 3;

    /// <summary>The JSON options of every message: web defaults (camelCase).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    public static QueueSplit Split<T>(IReadOnlyList<T> items, string batchId, int maxRawBytes = MaxRawBytes, int maxItems = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        var messages = new List<QueueMessageBody>();
        var oversized = new List<int>();
        var current = new List<byte[]>();
        var currentSize = 0;
        var id = IdOf(batchId, 0);

        for (var i = 0; i < items.Count; i++)
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(items[i], JsonOptions);
            if (EnvelopeSize(id, 0) + json.Length > maxRawBytes)
            {
                oversized.Add(i);
                continue;
            }

            // +1 for the comma before every item but the first.
            var added = json.Length + (current.Count > 0 ? 1 : 0);
            if (EnvelopeSize(id, currentSize + added) > maxRawBytes || current.Count == maxItems)
            {
                messages.Add(Build(id, current));
                current.Clear();
                currentSize = 0;
                id = IdOf(batchId, messages.Count);
                added = json.Length;
            }

            current.Add(json);
            currentSize += added;
        }

        if (current.Count > 0)
        {
            messages.Add(Build(id, current));
        }

        return new QueueSplit(messages, oversized);
    }

    /// <summary>The base64 length of <paramref name="rawBytes"/> bytes.</summary>
    public static int EncodedLength(int rawBytes) => (rawBytes + 2) / 3 * 4;

    private static string IdOf(string batchId, int index) => $"{batchId}-{index}";

    // {"id":<id>,"items":[<items>]}
    private static int EnvelopeSize(string id, int itemsSize) =>
        Prefix(id).Length + itemsSize + Suffix.Length;

    private static byte[] Prefix(string id) =>
        Encoding.UTF8.GetBytes("{\"id\":" + JsonSerializer.Serialize(id, JsonOptions) + ",\"items\":[");

    private static readonly byte[] Suffix = "]}"u8.ToArray();

    private static QueueMessageBody Build(string id, List<byte[]> items)
    {
        using var stream = new MemoryStream();
        stream.Write(Prefix(id));
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                stream.WriteByte((byte)',');
            }

            stream.Write(items[i]);
        }

        stream.Write(Suffix);
        var bytes = stream.ToArray();
        return new QueueMessageBody(id, Encoding.UTF8.GetString(bytes), items.Count, EncodedLength(bytes.Length));
    }
}
