namespace Cascade.Domain.Lifecycle.Events;

/// <summary>
/// The lead became marketing-qualified: its score reached the threshold (<see cref="Score"/> set) or it
/// raised its hand (<see cref="Score"/> null). <see cref="TouchpointId"/> is the touch that did it.
/// </summary>
public sealed record MqlReached(string? TouchpointId, double? Score) : LifecycleEvent
{
    public override string Action => Score is null ? "mql_by_hand_raiser" : "mql_by_score";

    public static MqlReached ByScore(double score, string? touchpointId) => new(touchpointId, score);

    public static MqlReached ByHandRaiser(string touchpointId) => new(touchpointId, null);
}
