using System.Text.Json;

namespace Cascade.Storage.Queues;

/// <summary>Reads a message body written by <see cref="QueueMessageSplitter"/>.</summary>
public static class QueueMessageCodec
{
    /// <summary>The envelope, or null when the text is not one (a malformed message: the handler sends it to poison).</summary>
    public static QueueEnvelope<T>? TryDecode<T>(string json)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<QueueEnvelope<T>>(json, QueueMessageSplitter.JsonOptions);
            return envelope is { Id: not null, Items: not null } ? envelope : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
