namespace Cascade.App.Collect;

/// <summary>
/// How much one visitor and one client address may send (configuration <c>Cascade:Collect</c>). Each instance
/// of the app counts on its own, in memory: with N instances a client may get up to N times the limit. That is
/// enough to stop a runaway page or a naive flood; a hard, global limit belongs in front of the app.
/// </summary>
public sealed class CollectRateLimits
{
    public const string Section = "Cascade:Collect";

    /// <summary>Events per anonymous id per <see cref="Window"/> (a person reads far fewer pages than this).</summary>
    public int EventsPerAnonymousId { get; set; } = 60;

    /// <summary>Requests per client address per <see cref="Window"/> (an office behind one address shares it).</summary>
    public int RequestsPerAddress { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Keys (ids and addresses) remembered at once; the least recently seen are forgotten first.</summary>
    public int MaxTrackedKeys { get; set; } = 50_000;
}
