using Cascade.Storage.Queues;

namespace Cascade.App.Handlers;

/// <summary>Decodes a queue message; one that is not a Cascade envelope can never succeed, so it throws and ends in poison.</summary>
internal static class QueueMessages
{
    public static QueueEnvelope<T> Decode<T>(string message) =>
        QueueMessageCodec.TryDecode<T>(message) ?? throw new InvalidDataException("The queue message is not a Cascade message envelope.");
}
