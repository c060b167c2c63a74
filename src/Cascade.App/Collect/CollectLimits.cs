namespace Cascade.App.Collect;

/// <summary>The bounds of <c>POST /api/collect</c> (api.md, "Browser endpoints").</summary>
public static class CollectLimits
{
    /// <summary>A page view is a few hundred bytes; 16 KiB leaves room for a batch without inviting abuse.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    /// <summary>Events in one request: the snippet sends one, a site's own code may batch a few.</summary>
    public const int MaxEvents = 20;

    /// <summary>Custom properties on one event.</summary>
    public const int MaxProperties = 20;
}
