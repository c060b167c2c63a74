namespace Cascade.Dashboard.Tests.Browser;

/// <summary>A fact that needs headless Chromium: skipped, with the reason, where it cannot run.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.MissingReason is { } reason)
            Skip = reason;
    }
}
