using Cascade.Domain.Lifecycle.Events;
using Cascade.Domain.Scoring;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Lifecycle;

/// <summary>
/// Rebuilds a person's lifecycle from their stored facts, whatever order they arrived in. Facts are
/// played in time order; at one instant: the import, then touches (by event id), then opportunity facts
/// (opened, won, lost, by id), then sales actions; maintenance (dormancy, automatic recycling) due at an
/// instant runs after the facts of that instant. At each touch:
/// <list type="number">
/// <item>a touch carrying the person's e-mail identifies an anonymous person (<c>KnownBy</c>), whatever its type;</item>
/// <item>it is activity: a dormant lead becomes known again;</item>
/// <item>a known, recycled or dormant lead that is neither fan nor disqualified becomes an MQL when the touch
/// is a hand-raiser or the score as of the touch (touches up to and including it, stitched anonymous ones
/// included) reaches the threshold; the first such touch is <c>MqlBy</c>.</item>
/// </list>
/// An opportunity opened or won for a person still anonymous first identifies them (<c>identified_by_crm</c>): the CRM
/// names its contacts by e-mail. Refused events (e.g. an MQL of a disqualified person) leave the state as it is.
/// </summary>
public static class LeadReplay
{
    /// <summary>Replays every fact at or before <paramref name="until"/> (all facts when null), then the maintenance due by then.</summary>
    public static LeadReplayResult Run(LeadFacts facts, LeadSettings settings, DateTimeOffset? until = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(settings);
        var run = new Replayer(facts, settings);
        var steps = Steps(facts).Where(s => until is null || s.At <= until).ToList();
        foreach (var step in steps)
        {
            run.Maintain(step.At, inclusive: false);
            step.Play(run);
        }

        if ((until ?? steps.LastOrDefault()?.At) is { } end)
        {
            run.Maintain(end, inclusive: true);
        }

        return run.Result();
    }

    private static IEnumerable<Step> Steps(LeadFacts facts)
    {
        var steps = new List<Step>();
        if (facts.ImportedAt is { } importedAt)
        {
            steps.Add(new Step(importedAt, 0, string.Empty, r => r.Import(importedAt)));
        }

        steps.AddRange(facts.Touches.Order(Touchpoint.Chronological).DistinctBy(t => t.EventId)
            .Select(t => new Step(t.OccurredAt, 1, t.EventId, r => r.Touch(t))));
        steps.AddRange(facts.Opportunities.Select(o =>
            new Step(o.At, 2, $"{(int)o.Kind}|{o.OpportunityId}", r => r.Opportunity(o))));
        steps.AddRange(facts.SalesActions.Select(a =>
            new Step(a.At, 3, a.Event.ToString(), r => r.Apply(a.Event, a.At))));
        return steps.OrderBy(s => s.At).ThenBy(s => s.Rank).ThenBy(s => s.Key, StringComparer.Ordinal);
    }

    private sealed record Step(DateTimeOffset At, int Rank, string Key, Action<Replayer> Play);

    private sealed class Replayer(LeadFacts facts, LeadSettings settings)
    {
        private readonly List<StageTransition> _history = [];
        private readonly List<Touchpoint> _touches = [];
        private readonly SortedSet<string> _openOpportunities = new(StringComparer.Ordinal);
        private LeadState _state = LeadState.Anonymous;
        private string? _knownBy;
        private string? _mqlBy;
        private DateTimeOffset? _lastActivity;

        public LeadReplayResult Result() => new(_state, _history, _knownBy, _mqlBy, _lastActivity);

        public TransitionResult Apply(LifecycleEvent evt, DateTimeOffset at)
        {
            var result = LeadLifecycle.Apply(_state, evt, at);
            _state = result.State;
            if (result.Transition is { } transition)
            {
                _history.Add(transition);
            }

            return result;
        }

        public void Import(DateTimeOffset at) => Apply(LeadIdentified.ByImport(), at);

        public void Touch(Touchpoint t)
        {
            _touches.Add(t);
            if (t.Email == facts.Email && Apply(LeadIdentified.ByTouch(t.EventId), t.OccurredAt).IsApplied)
            {
                _knownBy ??= t.EventId;
            }

            Apply(new ActivityRecorded(t.EventId), t.OccurredAt);
            _lastActivity = t.OccurredAt;
            if (_state.Stage is not (LifecycleStage.Known or LifecycleStage.Recycled or LifecycleStage.Dormant) || _state.BehaviourFrozen)
            {
                return;
            }

            var mql = TouchpointTypes.IsHandRaiser(t.Type)
                ? MqlReached.ByHandRaiser(t.EventId)
                : ScoreAt(t) is { ReachesThreshold: true } score ? MqlReached.ByScore(score.Exact, t.EventId) : null;
            if (mql is not null && Apply(mql, t.OccurredAt).IsApplied)
            {
                _mqlBy ??= t.EventId;
            }
        }

        public void Opportunity(OpportunityFact fact)
        {
            // Domain §3: a contact the CRM names before any touch of theirs is identified by it.
            if (fact.Kind != OpportunityFactKind.Lost && _state.Stage == LifecycleStage.Anonymous)
            {
                Apply(LeadIdentified.ByCrm(fact.OpportunityId), fact.At);
            }

            switch (fact.Kind)
            {
                case OpportunityFactKind.Opened:
                    _openOpportunities.Add(fact.OpportunityId);
                    Apply(new OpportunityOpened(fact.OpportunityId), fact.At);
                    break;
                case OpportunityFactKind.Won:
                    _openOpportunities.Remove(fact.OpportunityId);
                    Apply(new OpportunityWon(fact.OpportunityId), fact.At);
                    break;
                default:
                    _openOpportunities.Remove(fact.OpportunityId);
                    if (_openOpportunities.Count == 0)
                    {
                        Apply(new OpportunitiesLost(fact.OpportunityId), fact.At);
                    }

                    break;
            }
        }

        /// <summary>Plays the maintenance due before <paramref name="limit"/> (or at it, when inclusive).</summary>
        public void Maintain(DateTimeOffset limit, bool inclusive)
        {
            while (LeadMaintenance.Next(_state, _lastActivity, settings) is { } next
                && (next.DueAt < limit || (inclusive && next.DueAt == limit))
                && Apply(next.Event, next.DueAt).IsApplied)
            {
            }
        }

        private LeadScore ScoreAt(Touchpoint t) => LeadScorer.Score(
            new ScoringInput
            {
                Email = facts.Email,
                BaseProfile = facts.ImportedAt is not { } importedAt || importedAt <= t.OccurredAt ? facts.ImportedProfile : null,
                Touches = _touches,
                BehaviourResetAt = _state.RecycledAt,
                BehaviourFrozen = _state.BehaviourFrozen,
            },
            t.OccurredAt,
            settings.Scoring);
    }
}
