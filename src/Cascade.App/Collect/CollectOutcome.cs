namespace Cascade.App.Collect;

/// <summary>What became of a <c>POST /api/collect</c>.</summary>
public enum CollectOutcome
{
    /// <summary>The events are queued (or were duplicates).</summary>
    Accepted,

    /// <summary>A bot sent it: answered as accepted, nothing stored.</summary>
    IgnoredBot,

    /// <summary>The body is not a valid event or batch.</summary>
    Invalid,

    /// <summary>The client address or a visitor is over its limit.</summary>
    RateLimited,
}
