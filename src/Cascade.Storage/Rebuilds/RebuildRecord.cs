namespace Cascade.Storage.Rebuilds;

/// <summary>
/// The latest rebuild of the read models: when it was asked for and, once its queue message listed the store and
/// queued the work (<see cref="QueuedAt"/>), how many people and opportunities it queued (0 until then).
/// </summary>
public sealed record RebuildRecord(DateTimeOffset StartedAt, int People, int Opportunities)
{
    public DateTimeOffset? QueuedAt { get; init; }
}
