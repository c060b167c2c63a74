namespace Cascade.Bench.Load;

/// <summary>One run's settings, from the command line.</summary>
public sealed record LoadSettings(
    Uri Url,
    string Key,
    string? Storage,
    int Concurrency,
    TimeSpan PhaseDuration,
    int People,
    int MaxBulkTouchpoints,
    TimeSpan DrainTimeout,
    bool Quick,
    bool Baseline,
    bool Spread);
