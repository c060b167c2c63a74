using Cascade.App.Ingestion;
using Cascade.App.Leads;
using Cascade.App.Messages;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Workspace;
using Cascade.Storage.LeadFacts;
using Cascade.Storage.Opportunities;
using Cascade.Storage.OpportunityLinks;

namespace Cascade.App.SalesActions;

/// <summary>
/// Applies a sales action synchronously: the lead's current state is replayed from its stored facts, the
/// lifecycle decides, and an allowed action is stored as a fact of the person (so every later replay
/// includes it) before the lead is re-evaluated. An accept is refused when the person's account already
/// has an open or won opportunity; the lead is then routed to that opportunity's owner.
/// </summary>
public sealed class SalesActionService(
    PersonFactsLoader loader,
    LeadFactStore leadFacts,
    OpportunityLinkStore links,
    OpportunityStore opportunities,
    LeadEvaluationRequests leads,
    WorkspaceSettings settings,
    TimeProvider time)
{
    public async Task<SalesActionResult> ApplyAsync(EmailAddress email, SalesActionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var facts = await loader.LoadAsync(email, cancellationToken);
        if (facts.IsUnknown)
        {
            return new SalesActionResult(SalesActionOutcome.UnknownPerson, email.Value, null, null, $"No person '{email}' is known.");
        }

        var now = time.GetUtcNow();
        var at = request.At ?? now;
        var before = LeadReplay.Run(facts.ToLeadFacts(), settings.Leads, at).State;
        var document = SalesActionDocument.From(request, at);
        var standing = request.Action == SalesActionKind.Accept ? await StandingOfAsync(facts, cancellationToken) : null;
        var result = LeadLifecycle.Apply(before, document.ToEvent(standing), at);
        if (result.Outcome == TransitionOutcome.Refused)
        {
            return new SalesActionResult(SalesActionOutcome.Refused, email.Value, before.Stage, before.Stage, result.Reason, result.RoutedTo);
        }

        await leadFacts.AddAsync(LeadFactCodec.Action(email, document), cancellationToken);
        await leads.RequestAsync([new LeadEvaluation(email.Value, at)], BatchIds.For("lead", now, [email.Value, request.Action.ToString()]), cancellationToken);
        return new SalesActionResult(SalesActionOutcome.Applied, email.Value, result.State.Stage, before.Stage);
    }

    private async Task<AccountStanding> StandingOfAsync(PersonFacts facts, CancellationToken cancellationToken)
    {
        if (facts.AccountDomain is null)
        {
            return AccountStanding.None;
        }

        var ids = await links.OpportunitiesOfAsync(facts.Email, facts.AccountDomain, cancellationToken);
        var states = (await Task.WhenAll(ids.Select(id => opportunities.GetCurrentAsync(id, cancellationToken))))
            .OfType<Opportunity>()
            .Where(o => string.Equals(o.AccountDomain, facts.AccountDomain, StringComparison.Ordinal))
            .ToList();
        var worked = states.FirstOrDefault(o => o.IsOpen) ?? states.FirstOrDefault(o => o.Status == OpportunityStatus.Won);
        return new AccountStanding(
            states.Any(o => o.IsOpen),
            states.Any(o => o.Status == OpportunityStatus.Won),
            worked?.Owner ?? (worked is null ? null : $"owner of {facts.AccountDomain}"));
    }
}
