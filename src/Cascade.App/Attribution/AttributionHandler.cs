using Cascade.App.Attribution;
using Cascade.App.Concurrency;
using Cascade.App.Handlers;
using Cascade.App.Leads;
using Cascade.App.Messages;
using Cascade.App.Opportunities;
using Cascade.Domain.Attribution;
using Cascade.Domain.Identity;
using Cascade.Storage.Attribution;
using Cascade.Storage.Tables;

namespace Cascade.App.Attribution;

/// <summary>
/// The <c>attribution</c> queue: computes the pipeline attribution (and the revenue attribution of won deals)
/// of the requested opportunities and stores them, replacing earlier results. Each opportunity is computed from
/// what its attribution depends on, read by key (<see cref="OpportunityScopeLoader"/>): its history, its
/// contacts and its account's people with their facts. Nothing scans the store: a message costs what its
/// opportunities' accounts hold, however large the workspace grows.
/// </summary>
/// <remarks>
/// <para>Stored attributions use the Markov shares of the latest fit over every journey of the store
/// (<see cref="MarkovSharesStore"/>), as it stood when they were computed; the fit is refreshed daily by the
/// maintenance job and by every waterfall snapshot (the quarterly timer and
/// <c>POST /api/snapshots/waterfall/{quarter}</c>). The nine other models are exact. Until a first fit is saved
/// (a fresh workspace), the shares are fitted over the journeys this message loaded
/// (<see cref="Domain.Workspace.OpportunityScope.FitMarkov"/>). What is stored is the opportunity's attribution
/// read model: <see cref="OpportunityAttributionQuery"/> answers from it, crediting Markov at read time with the
/// latest fit's shares.</para>
/// <para>The deal's type is derived from its account's deals as stored now (<see cref="AccountDeals"/>) and kept with
/// the result; a win that changes the type of the account's later deals requests their attribution again
/// (<see cref="Handlers.OpportunitiesHandler"/>), so the stored type does not depend on arrival order.</para>
/// <para>The pipeline result also keeps the instant from which the open deal counts as influenced by marketing
/// (<see cref="Domain.Pipeline.OpenInfluence.FirstTouch"/>), so that the sourcing report's <c>openInfluenced</c> reads
/// no touch, with the creation it was found against (<see cref="OpenInfluenceMark"/>); a touch after the creation that can
/// move it lowers it in place or asks for the attribution again (<see cref="Leads.LeadEvaluationHandler"/>).</para>
/// <para>Saving also files the result's copy under its period month for the reports (<see cref="AttributionPeriodStore"/>).
/// Recomputed from the stored facts and saved by replacing, so a redelivered message changes nothing; an
/// unknown opportunity is skipped, and an opportunity not won gets no revenue attribution.</para>
/// </remarks>
public sealed class AttributionHandler(
    OpportunityScopeLoader scopes,
    MarkovSharesStore markov,
    AttributionStore results,
    TimeProvider time)
{
    // Concurrent messages of a burst name the same opportunities; a request joins a run that has not started reading.
    private readonly KeyedCoalescer<string, bool> _runs = new();

    public async Task HandleAsync(string message, CancellationToken cancellationToken = default)
    {
        var envelope = QueueMessages.Decode<AttributionRequest>(message);
        var fit = await markov.GetAsync(cancellationToken);
        foreach (var request in envelope.Items.GroupBy(i => i.OpportunityId, StringComparer.Ordinal))
        {
            var account = request.Select(r => r.AccountDomain).FirstOrDefault(d => d is not null);
            await _runs.RunAsync(request.Key, ct => AttributeAsync(request.Key, account, fit, ct), cancellationToken);
        }
    }

    private async Task<bool> AttributeAsync(string opportunityId, string? account, MarkovFit? fit, CancellationToken cancellationToken) =>
        await ETagRetry.RunAsync(
            $"Attributing {opportunityId}", ETagRetryOptions.Default, ct => TryAttributeAsync(opportunityId, account, fit, ct), cancellationToken);

    /// <summary>
    /// One attempt: the stored results are read before the facts, and saved on condition that they did not change
    /// since, so a change made in between (a save from newer facts, an open influence lowered in place) makes the
    /// attempt fail with the lost race and run again on the newer facts. The deal's history, its account's deals and its
    /// people's links are read once for the attempt (<see cref="OpportunityReads"/>), starting from the link partition of
    /// <paramref name="account"/> when the request named one (<see cref="AttributionRequest.AccountDomain"/>).
    /// </summary>
    private async Task<bool> TryAttributeAsync(string opportunityId, string? account, MarkovFit? fit, CancellationToken cancellationToken)
    {
        var bases = await results.BasesAsync(opportunityId, cancellationToken);
        var now = time.GetUtcNow();
        var reads = scopes.NewRun();
        await reads.OfAccountAsync(AccountDomains.Normalize(account), cancellationToken);
        if (await scopes.LoadAsync(opportunityId, now, reads, cancellationToken) is not { } scope)
        {
            return false;
        }

        var shares = fit?.Shares ?? scope.FitMarkov();
        var type = await AccountDeals.TypeOfAsync(scope.History, reads, cancellationToken);
        var openInfluence = OpenInfluenceMark.Of(scope.History, scope.FirstOpenInfluence());
        foreach (var basis in bases)
        {
            if (scope.Attribute(basis.Kind, shares).Attribution is { } attribution)
            {
                await results.SaveAsync(attribution, type, basis.Kind == AttributionKind.Pipeline ? openInfluence : null, now, basis, cancellationToken);
            }
            else
            {
                // Refused: revenue of a deal not won. A won deal the CRM reopened must not keep its old revenue.
                await results.DeleteAsync(opportunityId, basis.Kind, basis, cancellationToken);
            }
        }

        return true;
    }
}
