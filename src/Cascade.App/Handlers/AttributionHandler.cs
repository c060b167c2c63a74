using Cascade.App.Attribution;
using Cascade.App.Concurrency;
using Cascade.App.Messages;
using Cascade.Domain.Attribution;
using Cascade.Storage.Attribution;
using Cascade.Storage.PendingEvaluations;

namespace Cascade.App.Handlers;

/// <summary>
/// The <c>attribution</c> queue: sweeps the shards it names of the opportunities marked due
/// (<see cref="AttributionRequests"/>), computes the pipeline attribution (and the revenue attribution of won deals)
/// of each and stores them, replacing earlier results, then clears the marks it read (unless marked again meanwhile). Each opportunity is computed from
/// what its attribution depends on, read by key (<see cref="OpportunityScopeLoader"/>): its history, its
/// contacts and its account's people with their facts. Nothing scans the store: a message costs what its
/// opportunities' accounts hold, however large the workspace grows.
/// </summary>
/// <remarks>
/// <para>Stored attributions use the Markov shares of the latest fit over every journey of the store
/// (<see cref="MarkovSharesStore"/>), as it stood when they were computed; the fit is refreshed daily by the
/// maintenance job and by every waterfall snapshot (the quarterly timer and
/// <c>POST /api/snapshots/waterfall/{quarter}</c>). The nine other models are exact. Until a first fit is saved
/// (a fresh workspace), or when the stored one was made under another removal rule, the shares are fitted over
/// the journeys this message loaded (<see cref="Domain.Workspace.OpportunityScope.FitMarkov"/>). Reads
/// (<c>GET /api/opportunities/{id}/attribution</c>, the reports) compute every model live from the whole store.</para>
/// <para>Recomputed from the stored facts and saved by replacing, so a redelivered message changes nothing; an
/// unknown opportunity is skipped, and an opportunity not won gets no revenue attribution.</para>
/// </remarks>
public sealed class AttributionHandler(
    PendingEvaluationStore pending, OpportunityScopeLoader scopes, MarkovSharesStore markov, AttributionStore results, TimeProvider time)
{
    /// <summary>Opportunities of one shard attributed at once.</summary>
    private const int Parallelism = 4;

    // One sweep of a shard at a time per process; sweep messages arriving meanwhile join the one queued behind it.
    private readonly KeyedCoalescer<string, bool> _sweeps = new();

    public async Task HandleAsync(string message, CancellationToken cancellationToken = default)
    {
        var envelope = QueueMessages.Decode<ShardSweep>(message);
        await Task.WhenAll(envelope.Items.Select(i => i.Shard).Distinct(StringComparer.Ordinal)
            .Select(shard => _sweeps.RunAsync(shard, ct => SweepAsync(shard, ct), cancellationToken)));
    }

    private async Task<bool> SweepAsync(string shard, CancellationToken cancellationToken)
    {
        var marks = await pending.ListAsync(shard, cancellationToken);
        if (marks.Count == 0)
        {
            return true;
        }

        var fit = await markov.GetAsync(cancellationToken);
        var done = new List<PendingEvaluation>();
        var failures = new List<Exception>();
        await Parallel.ForEachAsync(
            marks.GroupBy(m => m.Key, StringComparer.Ordinal),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (deal, ct) =>
            {
                try
                {
                    await AttributeAsync(deal.Key, fit, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One deal that cannot be attributed keeps its marks and fails the message afterwards, not the shard.
                    lock (failures)
                        failures.Add(e);
                    return;
                }

                lock (done)
                    done.AddRange(deal);
            });

        await pending.ClearAsync(done, cancellationToken);
        if (failures.Count > 0)
        {
            throw new AggregateException($"{failures.Count} of the attributions due in shard {shard} failed; their marks are kept.", failures);
        }

        return true;
    }

    private async Task AttributeAsync(string opportunityId, MarkovFit? fit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await foreach (var scope in scopes.LoadAsync([opportunityId], now, cancellationToken))
        {
            var shares = fit is { } f && f.Removal == scope.Settings.MarkovRemoval ? f.Shares : scope.FitMarkov();
            foreach (var kind in new[] { AttributionKind.Pipeline, AttributionKind.Revenue })
            {
                if (scope.Attribute(kind, shares).Attribution is { } attribution)
                {
                    await results.SaveAsync(attribution, now, cancellationToken);
                }
            }
        }
    }
}
