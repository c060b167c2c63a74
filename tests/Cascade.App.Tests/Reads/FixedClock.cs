namespace Cascade.App.Tests.Reads;

/// <summary>A clock that always says the same instant, so reads "as of now" are reproducible.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
