using Cascade.Domain.Attribution;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Pipeline;

namespace Cascade.Domain.Workspace;

/// <summary>
/// The attribution of one opportunity from only the facts it depends on (domain §5): its history and the people
/// of its journey scope (its contacts and its account's people), each with what their lifecycle replay reads.
/// </summary>
/// <remarks>
/// <para>It applies the rules of <see cref="WorkspaceAnalysis"/>: the touchpoint index over the people's touches,
/// each person's <see cref="LeadReplay"/> as of the same instant for the LC and MQ milestones
/// (<see cref="LeadMilestones"/>), and <see cref="OpportunityAttributor"/> with the same amount rule and lookback.
/// So the journey, the milestones and the nine models other than Markov equal the whole store's, provided the
/// people given include every person of the scope with all their touches (stitched anonymous ones included).
/// More people are harmless: a person outside the scope adds no touch to the journey, and the milestones they
/// give are touches of their own.</para>
/// <para>Markov shares are fitted over every journey of the store, which one scope cannot see, so
/// <see cref="Attribute"/> takes them; <see cref="FitMarkov"/> is a stand-in fitted over this scope alone.</para>
/// </remarks>
public sealed class OpportunityScope
{
    private OpportunityScope(OpportunityHistory history, TouchpointIndex index, LeadMilestoneFacts milestones, WorkspaceSettings settings)
    {
        History = history;
        Index = index;
        Milestones = milestones;
        Settings = settings;
    }

    public OpportunityHistory History { get; }

    /// <summary>The touches of the people given, grouped as the whole store's index groups them.</summary>
    public TouchpointIndex Index { get; }

    /// <summary>Which touches made the people given known and MQL.</summary>
    public LeadMilestoneFacts Milestones { get; }

    public WorkspaceSettings Settings { get; }

    /// <summary>The people whose touches make the journey: the contacts, then the account's people.</summary>
    public IReadOnlyList<EmailAddress> People => Index.PeopleOf(History.Current!);

    /// <summary>
    /// Applies the rules to <paramref name="history"/> and <paramref name="people"/> (one entry per person, as
    /// the lifecycle replay reads them); <paramref name="asOf"/> bounds the replays' time-based maintenance.
    /// </summary>
    /// <exception cref="ArgumentException">The history holds no state (a caller bug: histories come from states).</exception>
    public static OpportunityScope Build(
        OpportunityHistory history, IEnumerable<LeadFacts> people, WorkspaceSettings settings, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(settings);
        return Build(history, people.Select(p => ScopePerson.Replayed(p, settings.Leads, asOf)), settings);
    }

    /// <summary>
    /// Applies the rules to <paramref name="history"/> and <paramref name="people"/>, each already replayed (one
    /// entry per person; <see cref="ScopePerson.Lasting"/> says when a kept replay may stand for one as of now).
    /// </summary>
    /// <exception cref="ArgumentException">The history holds no state (a caller bug: histories come from states).</exception>
    public static OpportunityScope Build(OpportunityHistory history, IEnumerable<ScopePerson> people, WorkspaceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(settings);
        if (history.Current is null)
        {
            throw new ArgumentException($"The history of '{history.OpportunityId}' holds no state.", nameof(history));
        }

        var parts = people.ToList();
        var index = TouchpointIndex.Build(parts.SelectMany(p => p.Touches));
        var milestones = LeadMilestoneFacts.Create(parts.Select(p => p.KnownBy).OfType<string>(), parts.Select(p => p.MqlBy).OfType<string>());
        return new OpportunityScope(history, index, milestones, settings);
    }

    /// <summary>The attribution of <paramref name="kind"/>; revenue of an opportunity not won is refused.</summary>
    public AttributionOutcome Attribute(AttributionKind kind, MarkovShares shares) =>
        OpportunityAttributor.Attribute(History, kind, Index, Milestones, shares, Settings.Lookback);

    /// <summary>The deal's first marketing touch after its creation that can count it as influenced while open (<see cref="OpenInfluence"/>).</summary>
    public DateTimeOffset? FirstOpenInfluence() => OpenInfluence.FirstTouch(History, Index.ScopeOf(History.Current!));

    /// <summary>
    /// Markov shares fitted over this scope alone, for when no fit over the whole store exists yet: the
    /// opportunity's pipeline journey converts, and the touches given that belong to no opportunity here end in
    /// NULL (<see cref="MarkovPaths"/>).
    /// </summary>
    public MarkovShares FitMarkov()
    {
        var opportunity = History.Current!;
        var journey = Journey.Build(opportunity, AttributionKind.Pipeline, Index.ScopeOf(opportunity), Milestones, Settings.Lookback).Journey;
        Journey[] journeys = journey is null ? [] : [journey];
        return MarkovChannelModel.Fit(MarkovPaths.Build(Index, [opportunity], journeys));
    }
}
