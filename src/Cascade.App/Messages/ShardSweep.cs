namespace Cascade.App.Messages;

/// <summary>
/// A <c>transitions</c> or <c>attribution</c> queue item: work through every key marked due in this shard of the
/// pending set (people on <c>transitions</c>, opportunities on <c>attribution</c>).
/// </summary>
public sealed record ShardSweep(string Shard);
