namespace Cascade.Storage.Queues;

/// <summary>
/// The JSON body of every Cascade queue message: its own id (stable across redeliveries and re-sends, so
/// handlers can be idempotent per message) and the items it carries.
/// </summary>
public sealed record QueueEnvelope<T>(string Id, IReadOnlyList<T> Items);
