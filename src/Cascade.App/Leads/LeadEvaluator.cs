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
/// Recomputes people's lifecycles (with history and causes) and scores from their stored facts as of now and
/// stores them (ETag-guarded): the person's read model that <see cref="PersonQuery"/> answers from, and the person's
/// <see cref="FunnelLead"/> under each month it touches (<see cref="LeadPeriodStore"/>), which the funnel and ROI
/// reports read by period. Recomputing from the facts, never applying deltas, is what makes the result
/// independent of arrival order and redelivery.
/// </summary>
/// <remarks>
/// A sweep's people are evaluated in steps: each person's facts are read and their new state decided; their profile
/// rows are read (and written at once when their funnel rows need no change); the funnel rows of the others are
/// written together (one transaction per month partition rather than an
/// upsert per person and month); then each profile is written If-Match the version read first. The funnel rows are
/// thus in place before the profile that lists them, as in a single update; a person whose profile moved on
/// meanwhile is written again from a fresh read, their funnel rows with it.
/// </remarks>
public sealed class LeadEvaluator(
    PersonFactsLoader loader, PersonStore people, LeadPeriodStore periods, AccountStore accounts, WorkspaceSettings settings, TimeProvider time)
{
    /// <summary>The opportunity reads of one run over many people.</summary>
    public OpportunityReads NewRun() => loader.NewRun();

    /// <summary>
    /// Evaluates each of <paramref name="emails"/> (distinct) with every fact stored before the call, sharing
    /// <paramref name="shared"/>; answers, in the order given, each person's journey opportunities and touches (none
    /// when nothing is known of them) or the failure that stopped their evaluation — one person's failure leaves the
    /// others' evaluations alone.
    /// </summary>
    public async Task<IReadOnlyList<PersonEvaluation>> EvaluateAsync(
        IReadOnlyList<EmailAddress> emails, OpportunityReads shared, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emails);
        ArgumentNullException.ThrowIfNull(shared);
        var results = new PersonEvaluation[emails.Count];
        var decided = new Decision?[emails.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, emails.Count), options, async (i, ct) =>
        {
            try
            {
                decided[i] = await DecideAsync(emails[i], shared, ct);
                results[i] = PersonEvaluation.Empty(emails[i]);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                results[i] = PersonEvaluation.Empty(emails[i], e);
            }
        });

        // The profile rows are read only now, after everyone's facts: each write is conditioned on its read, and the
        // shorter the time in between, the fewer writes lose a race with another sweep of the same person. A person
        // whose funnel rows are already as decided is written at once; the others after their rows are.
        var stored = new PersonSnapshot?[emails.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, emails.Count).Where(i => decided[i] is not null), options, async (i, ct) =>
        {
            try
            {
                var read = await people.ReadAsync(emails[i], ct);
                if (decided[i]!.Change.Person.Periods!.IsWritten(read.Person?.Periods))
                {
                    await WriteAsync(decided[i]!, read, periodsWritten: true, ct);
                    results[i] = decided[i]!.Evaluation;
                    return;
                }

                stored[i] = read;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                results[i] = PersonEvaluation.Empty(emails[i], e);
            }
        });
        var toWrite = Enumerable.Range(0, emails.Count).Where(i => stored[i] is not null).ToList();
        bool periodsWritten;
        try
        {
            await periods.SaveAsync(
                toWrite.Select(i => new LeadPeriodWrite(emails[i], decided[i]!.Funnel, stored[i]!.Person?.Periods, decided[i]!.EvaluatedAt)).ToList(),
                cancellationToken);
            periodsWritten = true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Each person then writes their own funnel rows before their profile, as a single update does.
            periodsWritten = false;
        }

        await Parallel.ForEachAsync(toWrite, options, async (i, ct) =>
        {
            try
            {
                await WriteAsync(decided[i]!, stored[i]!, periodsWritten, ct);
                results[i] = decided[i]!.Evaluation;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                results[i] = PersonEvaluation.Empty(emails[i], e);
            }
        });
        return results;
    }

    /// <summary>Reads the person's facts and decides their new state; null when nothing is known of them.</summary>
    private async Task<Decision?> DecideAsync(EmailAddress email, OpportunityReads shared, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var facts = await loader.LoadAsync(email, shared, cancellationToken);
        if (facts.IsUnknown)
        {
            return null;
        }

        var leadFacts = facts.ToLeadFacts();
        var replay = LeadReplay.Run(leadFacts, settings.Leads, now);
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
        var funnel = FunnelLead.From(email.Value, replay.History, facts.Touches, replay.KnownBy, replay.MqlBy);
        var record = new PersonRecord
        {
            Email = email,
            AccountDomain = facts.AccountDomain,
            Profile = LeadScorer.ProfileAsOf(facts.Import?.Profile, facts.Touches, now),
            Lead = replay.State,
            LastActivityAt = replay.LastActivityAt,
            Score = new PersonScore(score.Total, score.Demographic, score.Behavioural, now),
            AnonymousIds = facts.AnonymousIds,
            Periods = LeadPeriodStore.MarkOf(funnel),
        };
        return new Decision(email, facts, new PersonChange(record, replay.History)
        {
            Journey = facts.Touches,
            Scope = ScopePerson.Lasting(leadFacts, replay, now),
        }, funnel, now);
    }

    private async Task WriteAsync(Decision decision, PersonSnapshot stored, bool periodsWritten, CancellationToken cancellationToken)
    {
        var (email, facts, change, funnel, now) = decision;
        Task RewritePeriods(PersonRecord? current, PersonChange _, CancellationToken ct) => periods.SaveAsync(email, funnel, current?.Periods, now, ct);
        await (periodsWritten
            ? people.UpdateFromAsync(email, stored, _ => change, RewritePeriods, cancellationToken)
            : people.UpdateAsync(email, _ => change, RewritePeriods, cancellationToken));

        // The touchpoints handler records the accounts of identified touches; one named only on a stitched
        // anonymous touch is first known here, and attribution finds an account's people by that record.
        if (facts.AccountDomain is { } account && !facts.Touches.Any(t => t.Email == email && AccountDomains.Resolve(t.AccountDomain, t.Email) == account))
        {
            await accounts.AddMembersAsync([(account, email)], cancellationToken);
        }
    }

    /// <summary>One person's decided state.</summary>
    private sealed record Decision(EmailAddress Email, PersonFacts Facts, PersonChange Change, FunnelLead Funnel, DateTimeOffset EvaluatedAt)
    {
        /// <summary>How the evaluation ends once the person is written.</summary>
        public PersonEvaluation Evaluation => new(Email, Facts.JourneyOpportunities, Facts.Touches);
    }
}
