using Cascade.App.Concurrency;
using Cascade.App.Handlers;
using System.Collections.Concurrent;
using Azure;
using Cascade.App.Ingestion;
using Cascade.App.Leads;
using Cascade.App.Messages;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Attribution;
using Cascade.Storage.PendingEvaluations;
using Cascade.Storage.Queues;

namespace Cascade.App.Leads;

/// <summary>
/// The <c>transitions</c> queue: sweeps the shards it names — re-evaluates every person marked due there
/// (<see cref="LeadEvaluator"/>), asks for the attribution of every opportunity whose journey the new facts may
/// change (or lowers a deal's stored open influence in place, when that is all they change), and only then clears the
/// marks it read. A crash in between leaves the marks, so the retry (or the next
/// sweep of the shard) evaluates again; evaluation and attribution are idempotent, so nothing is lost or doubled.
/// </summary>
public sealed class LeadEvaluationHandler(
    PendingEvaluationStore pending, LeadEvaluator evaluator, AttributionStore attributions, QueueSender queue, TimeProvider time)
{
    /// <summary>People read (and then written) at once.</summary>
    private const int Parallelism = 8;

    // Marks (by version) a sweep of this process is working on. Concurrent sweeps of different shard lists may list the
    // same marks; each leaves what another already holds, whose message is only settled once those marks are done or cleared.
    private readonly ConcurrentDictionary<(string Shard, string RowKey, ETag ETag), bool> _claimed = new();

    // Sweeps of the same shards in this process: one runs, one waits, and a message that arrives meanwhile joins the one
    // waiting, which lists the marks after it arrived. A burst's messages name the same shards, and each listed the same
    // people: run side by side, they evaluated one person at once and all but one lost the race.
    private readonly KeyedCoalescer<string, bool> _sweeps = new();

    public async Task HandleAsync(string message, CancellationToken cancellationToken = default)
    {
        var envelope = QueueMessages.Decode<ShardSweep>(message);
        var shards = envelope.Items.Select(i => i.Shard).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        await _sweeps.RunAsync(string.Join(',', shards), async ct =>
        {
            await SweepAsync(envelope.Id, shards, ct);
            return true;
        }, cancellationToken);
    }

    private async Task SweepAsync(string messageId, IReadOnlyList<string> shards, CancellationToken cancellationToken)
    {
        var listed = new List<PendingEvaluation>();
        foreach (var shard in shards)
        {
            listed.AddRange(await pending.ListAsync(shard, cancellationToken));
        }

        var marks = listed.Where(m => _claimed.TryAdd(KeyOf(m), true)).ToList();
        try
        {
            await EvaluateAsync(messageId, marks, cancellationToken);
        }
        finally
        {
            foreach (var mark in marks)
                _claimed.TryRemove(KeyOf(mark), out _);
        }
    }

    private async Task EvaluateAsync(string messageId, List<PendingEvaluation> marks, CancellationToken cancellationToken)
    {
        if (marks.Count == 0)
        {
            return;
        }

        var requests = new List<AttributionRequest>();
        var lowerings = new List<(OpportunityHistory Deal, DateTimeOffset At)>();
        var done = new List<PendingEvaluation>();
        // Read after the marks were listed: people of one account share its opportunity reads in this sweep.
        var shared = evaluator.NewRun();
        var people = marks.GroupBy(m => m.Email).ToList();
        var evaluations = await evaluator.EvaluateAsync(
            people.Select(p => PersonToEvaluate.Of(p.Key, p.ToList())).ToList(), shared, Parallelism, cancellationToken);
        // One person who cannot be evaluated must not hold up the shard: the others go on, their marks stay, and
        // the message fails afterwards so that it is retried (then kept as poison).
        var failures = evaluations.Select(e => e.Failure).OfType<Exception>().ToList();
        foreach (var (person, evaluation) in people.Zip(evaluations))
        {
            if (evaluation.Failure is not null)
                continue;
            // A late touch changes the journeys that end after it (pipeline at creation, revenue at close), and a
            // marketing touch after a deal's creation may be the one that counts it as influenced while open: that one
            // lowers the stored instant in place when the person is among the deal's people, else the deal is attributed.
            var since = person.Any(m => m.Since is null) ? null : person.Min(m => m.Since);
            foreach (var h in evaluation.Journeys)
            {
                if (since is null || since <= LatestJourneyEnd(h.Current!))
                    requests.Add(RequestFor(h));
                else if (!OpenInfluence.MayMove(h, since, evaluation.Touches))
                    continue;
                else if (OpenInfluence.FirstTouchOfMember(h, evaluation.Touches) is { } at)
                    lowerings.Add((h, at));
                else
                    requests.Add(RequestFor(h));
            }

            done.AddRange(person);
        }

        // A deal attributed again anyway needs no lowering.
        var requested = requests.Select(r => r.OpportunityId).ToHashSet(StringComparer.Ordinal);
        lowerings.RemoveAll(l => requested.Contains(l.Deal.OpportunityId));
        requests.AddRange(await LowerAsync(lowerings, cancellationToken));
        // One attribution request per opportunity for the whole sweep: an account's people fall into many shards.
        var distinct = requests.DistinctBy(r => r.OpportunityId).OrderBy(r => r.OpportunityId, StringComparer.Ordinal).ToList();
        await queue.SendAsync(QueueNames.Attribution, distinct, BatchIds.For("attr", time.GetUtcNow(), [messageId]), cancellationToken);
        await pending.ClearAsync(done, cancellationToken);
        if (failures.Count > 0)
        {
            throw new AggregateException($"{failures.Count} of {marks.Count} pending evaluations failed; their marks are kept.", failures);
        }
    }

    /// <summary>
    /// Lowers each deal's stored open influence to the earliest of its lowerings; answers the requests for the deals that
    /// cannot be lowered in place (<see cref="AttributionStore.LowerOpenInfluenceAsync"/>).
    /// </summary>
    private async Task<IReadOnlyList<AttributionRequest>> LowerAsync(
        List<(OpportunityHistory Deal, DateTimeOffset At)> lowerings, CancellationToken cancellationToken)
    {
        var byDeal = lowerings.GroupBy(l => l.Deal.OpportunityId, StringComparer.Ordinal).Select(g => g.MinBy(l => l.At)).ToList();
        var refused = new ConcurrentBag<AttributionRequest>();
        await Parallel.ForEachAsync(
            byDeal,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (l, ct) =>
            {
                if (!await attributions.LowerOpenInfluenceAsync(l.Deal.OpportunityId, OpenInfluenceMark.Of(l.Deal, null), l.At, ct))
                    refused.Add(RequestFor(l.Deal));
            });
        return refused.ToList();
    }

    private static AttributionRequest RequestFor(OpportunityHistory deal) =>
        new(deal.OpportunityId) { AccountDomain = deal.Current?.AccountDomain };

    private static (string, string, ETag) KeyOf(PendingEvaluation mark) => (mark.Shard, mark.RowKey, mark.ETag);

    private static DateTimeOffset LatestJourneyEnd(Opportunity o) =>
        o.ClosedAt is { } closed && closed > o.CreatedAt ? closed : o.CreatedAt;
}
