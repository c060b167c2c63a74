namespace Cascade.Storage.Queues;

/// <summary>One message ready to send: its id, its JSON text, how many items it carries and its size once base64-encoded.</summary>
public sealed record QueueMessageBody(string Id, string Json, int ItemCount, int EncodedLength);
