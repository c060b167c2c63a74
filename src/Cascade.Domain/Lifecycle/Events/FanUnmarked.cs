namespace Cascade.Domain.Lifecycle.Events;

/// <summary>Clears the fan flag: the person scores and may become an MQL again.</summary>
public sealed record FanUnmarked(string? User = null) : LifecycleEvent
{
    public override string Action => "unmark_fan";
}
