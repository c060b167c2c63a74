using Cascade.Domain.Funnel;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Scoring;
using Cascade.Domain.Touchpoints;
using Cascade.Domain.Workspace;
using Cascade.Storage.Accounts;
using Cascade.Storage.LeadPeriods;
using Cascade.Storage.People;
using Cascade.Storage.Tables;

namespace Cascade.App.Leads;

/// <summary>
/// Recomputes people's lifecycles (with history and causes) and scores from their stored facts as of now and
/// stores them (ETag-guarded): the person's read model that <see cref="PersonQuery"/> answers from, and the person's
/// <see cref="FunnelLead"/> under each month it touches (<see cref="LeadPeriodStore"/>), which the funnel and ROI
/// reports read by period. Recomputing from the facts, never applying deltas, is what makes the result
/// independent of arrival order and redelivery.
/// </summary>
/// <remarks>
/// <para>A sweep's people are evaluated in steps: each person's profile row is read, then their facts, and their new
/// state decided; the funnel rows that changed are written together (one transaction per month partition rather than
/// an upsert per person and month); then the profiles, If-Match the version each read first, together as well: people's
/// rows share sixteen partitions, so that is a few transactions, not one each (<see cref="PersonStore.WriteManyAsync"/>). The funnel rows are thus in place before the profile that lists them, as
/// in a single update. Whoever lost a race, or could not be written with the others, is written alone.</para>
/// <para>The profile is read before the facts, so a write that wins its If-Match was decided on every fact stored
/// before it was read: whoever wrote the profile in between changed its version. A lost race therefore reads the
/// profile and the facts again and decides anew; writing the same decision over the winner's could put older facts
/// back. A fact stored after the facts were read marks the person again, so a later sweep reads it.</para>
/// <para>A person whose marks are all touches-only (<see cref="PersonToEvaluate.TouchesOnly"/>) starts from what their
/// stored profile saw of their other facts (<see cref="PersonFactsLoader"/>): every writer of those asks for a full
/// evaluation, whose mark stays until a sweep that read them writes. A person never evaluated has seen nothing.</para>
/// <para>When every such mark also carries its touches (<see cref="PersonToEvaluate.Carried"/>), the profile is read with
/// the journey its last evaluation kept, in one query, and the carried touches are added to it: the person's touch
/// ranges and their cookies' owners are not read (<see cref="KeptWithCarried"/> says why nothing is missed). With no
/// journey kept whole beside the profile, the touches are read as before.</para>
/// </remarks>
public sealed class LeadEvaluator(
    PersonFactsLoader loader, PersonStore people, LeadPeriodStore periods, AccountStore accounts, WorkspaceSettings settings, TimeProvider time)
{
    /// <summary>The opportunity reads of one run over many people.</summary>
    public OpportunityReads NewRun() => loader.NewRun();

    /// <summary>
    /// Evaluates each of <paramref name="persons"/> (distinct) with every fact stored before the call, sharing
    /// <paramref name="shared"/>; answers, in the order given, each person's journey opportunities and touches (none
    /// when nothing is known of them) or the failure that stopped their evaluation — one person's failure leaves the
    /// others' evaluations alone.
    /// </summary>
    public async Task<IReadOnlyList<PersonEvaluation>> EvaluateAsync(
        IReadOnlyList<PersonToEvaluate> persons, OpportunityReads shared, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persons);
        ArgumentNullException.ThrowIfNull(shared);
        var results = new PersonEvaluation[persons.Count];
        var decided = new Decision?[persons.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, persons.Count), options, async (i, ct) =>
        {
            results[i] = PersonEvaluation.Empty(persons[i].Email);
            try
            {
                decided[i] = await DecideAsync(persons[i], shared, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                results[i] = PersonEvaluation.Empty(persons[i].Email, e);
            }
        });

        var toWrite = Enumerable.Range(0, persons.Count).Where(i => decided[i] is not null).ToList();
        var withPeriods = toWrite.Where(i => !decided[i]!.Change.Person.Periods!.IsWritten(decided[i]!.Stored.Person?.Periods)).ToList();
        bool periodsWritten;
        try
        {
            await periods.SaveAsync(
                withPeriods.Select(i => new LeadPeriodWrite(persons[i].Email, decided[i]!.Funnel, decided[i]!.Stored.Person?.Periods, decided[i]!.EvaluatedAt)).ToList(),
                cancellationToken);
            periodsWritten = true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Each person then writes their own funnel rows before their profile, as a single update does.
            periodsWritten = false;
        }

        // Whose funnel rows are not written go alone, each writing theirs first.
        var together = periodsWritten ? toWrite : toWrite.Except(withPeriods).ToList();
        var alone = await WriteTogetherAsync(together, decided, results, cancellationToken);
        alone.AddRange(toWrite.Except(together).Select(i => (i, decided[i], false)));
        await Parallel.ForEachAsync(alone, options, async (w, ct) =>
        {
            try
            {
                results[w.Index] = await WriteOrRetryAsync(w.First, persons[w.Index], shared, w.PeriodsWritten, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                results[w.Index] = PersonEvaluation.Empty(persons[w.Index].Email, e);
            }
        });
        return results;
    }

    /// <summary>
    /// Writes the decisions of <paramref name="together"/> at once (<see cref="PersonStore.WriteManyAsync"/>) with the
    /// account records of those written; answers who is left to write alone: with their decision, or without one when
    /// they lost a race and must decide again.
    /// </summary>
    private async Task<List<(int Index, Decision? First, bool PeriodsWritten)>> WriteTogetherAsync(
        List<int> together, Decision?[] decided, PersonEvaluation[] results, CancellationToken cancellationToken)
    {
        IReadOnlyList<PersonWriteOutcome> outcomes;
        try
        {
            outcomes = await people.WriteManyAsync(together.Select(i => (decided[i]!.Stored, decided[i]!.Change)).ToList(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            outcomes = together.Select(_ => PersonWriteOutcome.WriteAlone).ToList();
        }

        var alone = new List<(int Index, Decision? First, bool PeriodsWritten)>();
        var written = new List<int>();
        foreach (var (i, outcome) in together.Zip(outcomes))
        {
            if (outcome == PersonWriteOutcome.Written)
                written.Add(i);
            else
                alone.Add((i, outcome == PersonWriteOutcome.LostRace ? null : decided[i], true));
        }

        var members = written.Select(i => (Index: i, Member: AccountOnlyStitched(decided[i]!))).Where(m => m.Member is not null).ToList();
        try
        {
            await accounts.AddMembersAsync(members.Select(m => m.Member!.Value).ToList(), cancellationToken);
            foreach (var i in written)
                results[i] = decided[i]!.Evaluation;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Their marks stay, so a later sweep records them; the others are done.
            foreach (var i in written)
                results[i] = members.Any(m => m.Index == i) ? PersonEvaluation.Empty(decided[i]!.Email, e) : decided[i]!.Evaluation;
        }

        return alone;
    }

    /// <summary>
    /// Writes <paramref name="first"/> (when null, decides first); after a lost race, reads the profile and the facts
    /// again, decides and writes until a write wins (<see cref="ETagRetry"/>).
    /// </summary>
    private Task<PersonEvaluation> WriteOrRetryAsync(
        Decision? first, PersonToEvaluate person, OpportunityReads shared, bool periodsWritten, CancellationToken cancellationToken)
    {
        var pending = first;
        return ETagRetry.RunAsync($"evaluate person '{person.Email}'", ETagRetryOptions.Default, async ct =>
        {
            var decision = Interlocked.Exchange(ref pending, null);
            var written = decision is not null && periodsWritten;
            decision ??= await DecideAsync(person, shared, ct);
            if (decision is null)
            {
                return PersonEvaluation.Empty(person.Email);
            }

            if (!written)
            {
                await periods.SaveAsync(person.Email, decision.Funnel, decision.Stored.Person?.Periods, decision.EvaluatedAt, ct);
            }

            await WriteAsync(decision, ct);
            return decision.Evaluation;
        }, cancellationToken);
    }

    /// <summary>Reads the person's profile, then their facts, and decides their new state; null when nothing is known of them.</summary>
    private async Task<Decision?> DecideAsync(PersonToEvaluate person, OpportunityReads shared, CancellationToken cancellationToken)
    {
        var email = person.Email;
        var stored = person.Carried is null ? await people.ReadAsync(email, cancellationToken) : await people.ReadWithJourneyAsync(email, cancellationToken);
        var now = time.GetUtcNow();
        // Never evaluated, a person whose marks are all touches-only has seen nothing else yet: any other fact stored for
        // them has its own full mark, which this sweep did not list and a later one will.
        var seen = !person.TouchesOnly ? null : stored.Person is { } known ? known.Seen : PersonFactsSeen.None;
        var facts = KeptWithCarried(stored, person.Carried) is { } journey
            ? await loader.LoadAsync(email, shared, journey, seen, cancellationToken)
            : await loader.LoadAsync(email, shared, stored.Person?.AnonymousIds ?? [], seen, cancellationToken);
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
            Seen = facts.Seen,
            Periods = LeadPeriodStore.MarkOf(funnel),
        };
        return new Decision(email, stored, facts, new PersonChange(record, replay.History)
        {
            Journey = facts.Touches,
            Scope = ScopePerson.Lasting(leadFacts, replay, now),
        }, funnel, now);
    }

    /// <summary>
    /// The journey of a person whose new facts are <paramref name="carried"/> touches alone: the one their profile keeps
    /// whole, with those touches — or, never evaluated, those touches alone; null when there are none or the profile keeps
    /// no whole journey (the touches are then read).
    /// </summary>
    /// <remarks>
    /// Every touch stored for the person is in the kept journey or carried by a mark not cleared yet: a mark is cleared
    /// only after a profile written If-Match the version it read, with its touches in the journey. A carried touch of a
    /// cookie counts only when the profile lists the cookie as theirs: one that left them (its stitch's evaluation reads
    /// their touches) must not come back, and one newly theirs comes with its stitch's evaluation, which reads its touches.
    /// </remarks>
    private static StitchedJourney? KeptWithCarried(PersonSnapshot stored, IReadOnlyList<Touchpoint>? carried)
    {
        if (carried is null || (stored.Person is not null && stored.Journey is null))
        {
            return null;
        }

        var ids = stored.Person?.AnonymousIds ?? [];
        var touches = (stored.Journey ?? [])
            .Concat(carried.Where(t => t.Email is not null || ids.Contains(t.AnonymousId!, StringComparer.Ordinal)))
            .DistinctBy(t => t.EventId, StringComparer.Ordinal)
            .ToList();
        touches.Sort(Touchpoint.Chronological);
        return new StitchedJourney(ids, touches);
    }

    private async Task WriteAsync(Decision decision, CancellationToken cancellationToken)
    {
        var (email, stored, facts, change, _, _) = decision;
        await people.WriteAsync(email, stored, change, cancellationToken);
        if (AccountOnlyStitched(decision) is { } member)
        {
            await accounts.AddMembersAsync([member], cancellationToken);
        }
    }

    /// <summary>
    /// The person's account when only a stitched anonymous touch names it: the touchpoints handler records the accounts of
    /// identified touches, so this one is first known here, and attribution finds an account's people by that record.
    /// </summary>
    private static (string, EmailAddress)? AccountOnlyStitched(Decision decision)
    {
        var (email, _, facts, _, _, _) = decision;
        return facts.AccountDomain is { } account && !facts.Touches.Any(t => t.Email == email && AccountDomains.Resolve(t.AccountDomain, t.Email) == account)
            ? (account, email)
            : null;
    }

    /// <summary>One person's decided state.</summary>
    private sealed record Decision(
        EmailAddress Email, PersonSnapshot Stored, PersonFacts Facts, PersonChange Change, FunnelLead Funnel, DateTimeOffset EvaluatedAt)
    {
        /// <summary>How the evaluation ends once the person is written.</summary>
        public PersonEvaluation Evaluation => new(Email, Facts.JourneyOpportunities, Facts.Touches);
    }
}
