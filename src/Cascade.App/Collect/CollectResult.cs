using Cascade.App.Ingestion;
using Cascade.App.Validation;

namespace Cascade.App.Collect;

/// <summary>The answer of <see cref="CollectService"/>: an outcome with what the caller needs to say about it.</summary>
public sealed record CollectResult(CollectOutcome Outcome, IngestionOutcome? Ingestion = null, ValidationErrors? Errors = null, TimeSpan RetryAfter = default)
{
    public static CollectResult Bot { get; } = new(CollectOutcome.IgnoredBot, new IngestionOutcome(0));

    public static CollectResult Limited(TimeSpan retryAfter) => new(CollectOutcome.RateLimited, RetryAfter: retryAfter);
}
