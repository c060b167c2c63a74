namespace Cascade.App.Erasure;

/// <summary>
/// The answer of <see cref="PersonErasure"/>: what it removed and which opportunities it queued for
/// re-attribution, so that the caller can log the erasure without logging personal data.
/// </summary>
public sealed record ErasureResult(
    ErasureOutcome Outcome,
    int TouchpointsRemoved,
    int AnonymousIdsForgotten,
    IReadOnlyList<string> ReattributedOpportunities);
