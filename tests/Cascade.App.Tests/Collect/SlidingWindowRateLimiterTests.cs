using Cascade.App.Collect;

namespace Cascade.App.Tests.Collect;

public sealed class SlidingWindowRateLimiterTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryAcquire_UpToTheLimit_Allows_ThenRefusesWithTheWaitUntilTheOldestLeaves()
    {
        var limiter = new SlidingWindowRateLimiter(Minute, 100, time);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(limiter.TryAcquire("a", 3).Allowed);
            time.Advance(TimeSpan.FromSeconds(10));
        }

        var refused = limiter.TryAcquire("a", 3);

        Assert.False(refused.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.RetryAfter);
    }

    [Fact]
    public void TryAcquire_WindowSlides_FreesOnePermitPerExpiredEntry()
    {
        var limiter = new SlidingWindowRateLimiter(Minute, 100, time);
        Assert.True(limiter.TryAcquire("a", 2).Allowed);
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.True(limiter.TryAcquire("a", 2).Allowed);
        Assert.False(limiter.TryAcquire("a", 2).Allowed);

        time.Advance(TimeSpan.FromSeconds(30));

        Assert.True(limiter.TryAcquire("a", 2).Allowed);
        Assert.False(limiter.TryAcquire("a", 2).Allowed);
    }

    [Fact]
    public void TryAcquire_KeysAreCountedApart()
    {
        var limiter = new SlidingWindowRateLimiter(Minute, 100, time);
        Assert.True(limiter.TryAcquire("a", 1).Allowed);

        Assert.True(limiter.TryAcquire("b", 1).Allowed);
        Assert.False(limiter.TryAcquire("a", 1).Allowed);
    }

    [Fact]
    public void TryAcquire_SeveralPermits_NeedRoomForAll()
    {
        var limiter = new SlidingWindowRateLimiter(Minute, 100, time);
        Assert.True(limiter.TryAcquire("a", 5, permits: 3).Allowed);

        Assert.False(limiter.TryAcquire("a", 5, permits: 3).Allowed);
        Assert.True(limiter.TryAcquire("a", 5, permits: 2).Allowed);
        Assert.Equal(Minute, limiter.TryAcquire("b", 5, permits: 6).RetryAfter);
    }

    [Fact]
    public void TryAcquire_ManyKeys_KeepsAtMostMaxKeys_ForgettingTheLeastRecentlyUsed()
    {
        var limiter = new SlidingWindowRateLimiter(Minute, 3, time);
        foreach (var key in new[] { "a", "b", "c" })
            Assert.True(limiter.TryAcquire(key, 1).Allowed);
        Assert.False(limiter.TryAcquire("a", 1).Allowed); // "a" is now the most recently seen

        Assert.True(limiter.TryAcquire("d", 1).Allowed);

        Assert.Equal(3, limiter.TrackedKeys);
        Assert.False(limiter.TryAcquire("a", 1).Allowed);
        Assert.True(limiter.TryAcquire("b", 1).Allowed); // forgotten, so counted afresh
    }

    [Fact]
    public void TryAcquire_KeysIdleForAWindow_AreForgotten()
    {
        var limiter = new SlidingWindowRateLimiter(Minute, 100, time);
        foreach (var key in new[] { "a", "b", "c" })
            limiter.TryAcquire(key, 1);

        time.Advance(Minute);
        limiter.TryAcquire("d", 1);

        Assert.Equal(1, limiter.TrackedKeys);
    }
}
