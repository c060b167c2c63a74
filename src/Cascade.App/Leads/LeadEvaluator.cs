using Cascade.App.Concurrency;
using Cascade.Domain.Funnel;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Scoring;
using Cascade.Domain.Workspace;
using Cascade.Storage.Accounts;
using Cascade.Storage.LeadPeriods;
using Cascade.Storage.People;

namespace Cascade.App.Leads;

/// <summary>
/// Recomputes a person's lifecycle (with its history and causes) and score from their stored facts as of now and
/// stores them (ETag-guarded): the person's read model that <see cref="PersonQuery"/> answers from, and the person's
/// <see cref="FunnelLead"/> under each month it touches (<see cref="LeadPeriodStore"/>), which the funnel and ROI
/// reports read by period. Recomputing from the facts, never applying deltas, is what makes the result
/// independent of arrival order and redelivery — and what lets concurrent requests for one person share a run
/// (<see cref="KeyedCoalescer{TKey,TResult}"/>): a webinar import or a busy website asks for the same people from
/// many messages at once.
/// </summary>
public sealed class LeadEvaluator(
    PersonFactsLoader loader, PersonStore people, LeadPeriodStore periods, AccountStore accounts, WorkspaceSettings settings, TimeProvider time)
{
    // Keyed by the run's shared reads too: a request may only join a run whose reads all come after it, and a sweep's
    // shared reads may come from before another sweep's marks.
    private readonly KeyedCoalescer<(EmailAddress, OpportunityReads?), EvaluatedPerson> _runs = new();

    /// <summary>
    /// Evaluates <paramref name="email"/> with every fact stored before the call; answers the opportunities whose
    /// journeys hold the person's touches, with those touches (none when nothing is known of the person).
    /// </summary>
    public Task<EvaluatedPerson> EvaluateAsync(EmailAddress email, CancellationToken cancellationToken = default) =>
        EvaluateAsync(email, null, cancellationToken);

    /// <summary>As <see cref="EvaluateAsync(EmailAddress, CancellationToken)"/>, sharing opportunity reads with a run over other people.</summary>
    public Task<EvaluatedPerson> EvaluateAsync(EmailAddress email, OpportunityReads? shared, CancellationToken cancellationToken = default) =>
        _runs.RunAsync((email, shared), ct => EvaluateNowAsync(email, shared ?? loader.NewRun(), ct), cancellationToken);

    /// <summary>The opportunity reads of one run over many people.</summary>
    public OpportunityReads NewRun() => loader.NewRun();

    private async Task<EvaluatedPerson> EvaluateNowAsync(EmailAddress email, OpportunityReads shared, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var facts = await loader.LoadAsync(email, shared, cancellationToken);
        if (facts.IsUnknown)
        {
            return EvaluatedPerson.Unknown;
        }

        var replay = LeadReplay.Run(facts.ToLeadFacts(), settings.Leads, now);
        var score = LeadScorer.Score(
            new ScoringInput
            {
                Email = email,
                BaseProfile = facts.Import?.Profile,
                Touches = facts.Touches,
                BehaviourResetAt = replay.State.RecycledAt,
                BehaviourFrozen = replay.State.BehaviourFrozen,
            },
            now,
            settings.Leads.Scoring);
        var record = new PersonRecord
        {
            Email = email,
            AccountDomain = facts.AccountDomain,
            Profile = LeadScorer.ProfileAsOf(facts.Import?.Profile, facts.Touches, now),
            Lead = replay.State,
            LastActivityAt = replay.LastActivityAt,
            Score = new PersonScore(score.Total, score.Demographic, score.Behavioural, now),
            AnonymousIds = facts.AnonymousIds,
        };
        var funnel = FunnelLead.From(email.Value, replay.History, facts.Touches, replay.KnownBy, replay.MqlBy);
        record = record with { Periods = LeadPeriodStore.MarkOf(funnel) };
        await people.UpdateAsync(
            email,
            _ => new PersonChange(record, replay.History),
            (stored, _, ct) => periods.SaveAsync(email, funnel, stored?.Periods, now, ct),
            cancellationToken);

        // The touchpoints handler records the accounts of identified touches; one named only on a stitched
        // anonymous touch is first known here, and attribution finds an account's people by that record.
        if (facts.AccountDomain is { } account && !facts.Touches.Any(t => t.Email == email && AccountDomains.Resolve(t.AccountDomain, t.Email) == account))
        {
            await accounts.AddMembersAsync([(account, email)], cancellationToken);
        }

        return new EvaluatedPerson(facts.JourneyOpportunities, facts.Touches);
    }
}
