namespace Cascade.Storage.Rebuilds;

/// <summary>The latest rebuild of the read models: when it was asked for and how much work it queued.</summary>
public sealed record RebuildRecord(DateTimeOffset StartedAt, int People, int Opportunities);
