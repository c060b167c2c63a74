using Cascade.Domain.Pipeline;

namespace Cascade.Storage.Snapshots;

/// <summary>A quarter's waterfall as snapshotted at <see cref="TakenAt"/>.</summary>
public sealed record WaterfallSnapshot(PipelineWaterfall Waterfall, DateTimeOffset TakenAt);
