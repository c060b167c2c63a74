using Azure;
using Cascade.App.Attribution;
using Cascade.App.Customers;
using Cascade.App.Handlers;
using Cascade.App.Ingestion;
using Cascade.App.Leads;
using Cascade.App.Messages;
using Cascade.App.Reports.Waterfall;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Identity;
using Cascade.Storage;
using Cascade.Storage.LeadFacts;
using Cascade.Storage.OpportunityLinks;
using Cascade.Storage.Opportunities;
using Cascade.Storage.PendingEvaluations;
using Cascade.Storage.Queues;
using Cascade.Storage.Rebuilds;
using Cascade.Storage.Touchpoints;

namespace Cascade.App.Rebuild;

/// <summary>
/// <c>POST /api/admin/rebuild</c>: re-derives every read model from the stored facts, through the queues the
/// pipeline uses, e.g. after a change of the scoring rules. The request only records the rebuild and queues one
/// <c>rebuild</c> message (<see cref="StartAsync"/>); the message's run (<see cref="HandleAsync"/>) does the work no
/// request could finish at a real workspace's size. It lists every person (touchpoints with an e-mail, imports and
/// sales actions) and every opportunity — whole-store reads, which a rebuild may make — refits Markov, lists every
/// opportunity history under its quarters (<see cref="WaterfallHistories"/>) and keeps its versions on its account links
/// (<see cref="OpportunityLinkStore"/>), marks every person for evaluation (the
/// <c>transitions</c> sweep saves each person's view and asks for the attribution of their journeys), queues the
/// attribution of every opportunity, replays the customer status of every account that closed a deal, and records
/// what it queued. <see cref="StatusAsync"/> reports progress: the rebuild message, then the marks and queued
/// messages still waiting.
/// </summary>
/// <remarks>
/// Every step is idempotent and the batch ids derive from the rebuild, so a redelivered message (or a run cut short and
/// retried) gives the same result; after the host's maximum dequeue count it ends in <c>rebuild-poison</c>.
/// </remarks>
public sealed class ReadModelRebuild(
    TouchpointStore touchpoints,
    LeadFactStore leadFacts,
    OpportunityStore opportunities,
    OpportunityLinkStore links,
    WaterfallHistories waterfallHistories,
    PendingEvaluationStore pending,
    LeadEvaluationRequests leads,
    QueueSender queue,
    MarkovFitJob markov,
    CustomerStatusUpdater customers,
    RebuildStore rebuilds,
    CascadeStorage storage,
    TimeProvider time)
{
    /// <summary>Records the rebuild and queues its message; answers its status (nothing listed yet).</summary>
    public async Task<RebuildStatus> StartAsync(CancellationToken cancellationToken = default)
    {
        // Whole milliseconds: the message names the rebuild by this instant, which the stored row must give back equal.
        var now = time.GetUtcNow();
        var startedAt = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        await rebuilds.SaveAsync(new RebuildRecord(startedAt, 0, 0), cancellationToken);
        var key = startedAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await queue.SendAsync(QueueNames.Rebuild, new[] { new RebuildRequest(startedAt) }, BatchIds.For("rebuild", startedAt, [key]), cancellationToken);
        return (await StatusAsync(cancellationToken))!;
    }

    /// <summary>The <c>rebuild</c> queue: runs the rebuild each item names.</summary>
    public async Task HandleAsync(string message, CancellationToken cancellationToken = default)
    {
        var envelope = QueueMessages.Decode<RebuildRequest>(message);
        foreach (var request in envelope.Items.DistinctBy(r => r.StartedAt))
        {
            await RunAsync(request.StartedAt, cancellationToken);
        }
    }

    private async Task RunAsync(DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var touches = touchpoints.ListAllAsync(cancellationToken);
        var facts = leadFacts.ListAllAsync(cancellationToken);
        var states = opportunities.ListAcceptedStatesAsync(cancellationToken);
        await Task.WhenAll(touches, facts, states);

        var people = (await touches).Select(t => t.Email).OfType<EmailAddress>()
            .Concat((await facts).Select(f => f.Email))
            .Distinct()
            .Select(e => e.Value)
            .Order(StringComparer.Ordinal)
            .ToList();
        var ids = (await states).Select(s => s.OpportunityId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        // Fitted before the attributions are queued, so that they are computed with it.
        await markov.RunAsync(cancellationToken);

        // The quarter index is re-derived here, from the versions just read (e.g. after a change of fiscal calendar), and
        // each deal's links keep its versions (links written before they kept them are filled here).
        var histories = OpportunityHistory.FromArrivals(await states).ToDictionary(h => h.OpportunityId, StringComparer.Ordinal);
        var latest = (await states).GroupBy(s => s.OpportunityId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        foreach (var id in ids)
        {
            await waterfallHistories.IndexAsync(id, histories.GetValueOrDefault(id), cancellationToken);
            await links.LinkAsync(latest[id], opportunities.StatesAsync, cancellationToken);
        }

        await leads.RequestAsync(people.Select(p => new LeadEvaluation(p)).ToList(), BatchIds.For("rebuild-people", startedAt, people), cancellationToken);
        await queue.SendAsync(
            QueueNames.Attribution, ids.Select(id => new AttributionRequest(id)).ToList(), BatchIds.For("rebuild-attr", startedAt, ids), cancellationToken);

        // The customer status of every account that closed a deal, replayed here: a customer needs a won close.
        var closedAccounts = (await states).Where(s => !s.IsOpen).Select(s => s.AccountDomain).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var domain in closedAccounts)
        {
            await customers.RefreshAsync(domain, cancellationToken);
        }

        await rebuilds.CompleteAsync(new RebuildRecord(startedAt, people.Count, ids.Count) { QueuedAt = time.GetUtcNow() }, cancellationToken);
    }

    /// <summary>The latest rebuild and the work still waiting; null when no rebuild was asked for.</summary>
    public async Task<RebuildStatus?> StatusAsync(CancellationToken cancellationToken = default)
    {
        if (await rebuilds.GetAsync(cancellationToken) is not { } rebuild)
        {
            return null;
        }

        var marks = await Task.WhenAll(PendingEvaluationStore.AllShards.Select(s => pending.ListAsync(s, cancellationToken)));
        var waiting = marks.Sum(m => m.Count);
        var rebuilding = await CountAsync(QueueNames.Rebuild, cancellationToken);
        var transitions = await CountAsync(QueueNames.Transitions, cancellationToken);
        var attribution = await CountAsync(QueueNames.Attribution, cancellationToken);
        var done = rebuild.QueuedAt is not null && rebuilding == 0 && waiting == 0 && transitions == 0 && attribution == 0;
        return new RebuildStatus(rebuild.StartedAt, rebuild.QueuedAt, rebuild.People, rebuild.Opportunities, rebuilding, waiting, transitions, attribution, done);
    }

    private async Task<int> CountAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return (await storage.Queue(name).GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return 0;
        }
    }
}
