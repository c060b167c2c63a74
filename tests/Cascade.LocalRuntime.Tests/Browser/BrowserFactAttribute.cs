namespace Cascade.LocalRuntime.Tests.Browser;

/// <summary>
/// A test that drives Chromium: skipped, saying why, where Chromium or playwright-core is missing (test.sh installs
/// both where it can: Chromium from the distribution, playwright-core through npm ci).
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserScript.Unavailable() is { } reason)
            Skip = reason;
    }
}
