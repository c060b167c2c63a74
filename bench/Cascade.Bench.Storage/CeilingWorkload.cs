namespace Cascade.Bench.Storage;

/// <summary>The size of the ceiling probe's fixed workload; <see cref="Quick"/> is a tenth of it, for short runs.</summary>
public sealed record CeilingWorkload(int QueueMessages, int SingleInserts, int BatchEntities, int PointReads)
{
    public const int Workers = 8;
    public const int MessageBytes = 1_024;
    public const int BatchSize = 100;
    public const int QueryPartitionSize = 1_000;
    public const int QueryRepeats = 5;

    public static CeilingWorkload Full { get; } = new(2_000, 2_000, 10_000, 2_000);

    public static CeilingWorkload Quick { get; } = new(400, 400, 2_000, 400);
}
