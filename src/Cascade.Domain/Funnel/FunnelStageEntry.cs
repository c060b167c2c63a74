using Cascade.Domain.Lifecycle;

namespace Cascade.Domain.Funnel;

/// <summary>
/// A person entered a lifecycle stage at an instant (one applied transition of the lifecycle history).
/// <see cref="PersonKey"/> is compared ordinally: the mapping normalises it (e.g. the e-mail address).
/// </summary>
public sealed record FunnelStageEntry(string PersonKey, LifecycleStage Stage, DateTimeOffset EnteredAt);
