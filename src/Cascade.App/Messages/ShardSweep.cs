namespace Cascade.App.Messages;

/// <summary>A <c>transitions</c> queue item: evaluate every person marked due in this shard of the pending set.</summary>
public sealed record ShardSweep(string Shard);
