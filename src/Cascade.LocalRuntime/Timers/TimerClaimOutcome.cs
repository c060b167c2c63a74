namespace Cascade.LocalRuntime.Timers;

/// <summary>What a runner learns when it asks to run an occurrence.</summary>
internal enum TimerClaimOutcome
{
    /// <summary>This runner holds the lease and runs the occurrence.</summary>
    Acquired,

    /// <summary>Another runner already ran (or is running) this occurrence or a later one.</summary>
    AlreadyRun,

    /// <summary>Another runner holds an unexpired lease for an earlier occurrence: ask again shortly.</summary>
    Busy,
}
