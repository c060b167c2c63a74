using Cascade.Domain.Attribution;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Pipeline;

namespace Cascade.Domain.Workspace;

/// <summary>
/// Every rule applied to a workspace's facts as of one instant: identities and accounts, each person's
/// lifecycle replay (which gives the LC and MQ milestones), opportunity histories, the Markov shares over
/// every journey, and from these the attribution of any opportunity, the waterfall of any quarter and the
/// reports. Pure and order-independent: the same facts give the same answers whatever their arrival order
/// (CRM versions included: they are kept by their <c>updatedAt</c>, domain §6).
/// </summary>
public sealed class WorkspaceAnalysis
{
    private readonly Dictionary<string, OpportunityHistory> _opportunities;
    private readonly Dictionary<EmailAddress, LeadReplayResult> _leads;

    private WorkspaceAnalysis(
        WorkspaceSettings settings,
        TouchpointIndex index,
        Dictionary<string, OpportunityHistory> opportunities,
        Dictionary<EmailAddress, LeadReplayResult> leads,
        LeadMilestoneFacts milestones,
        MarkovShares shares)
    {
        Settings = settings;
        Index = index;
        _opportunities = opportunities;
        _leads = leads;
        Milestones = milestones;
        MarkovShares = shares;
    }

    public WorkspaceSettings Settings { get; }

    public TouchpointIndex Index { get; }

    /// <summary>Which touches made people known and MQL, from the lifecycle replays.</summary>
    public LeadMilestoneFacts Milestones { get; }

    public MarkovShares MarkovShares { get; }

    /// <summary>Every opportunity's history, ordinal order of id.</summary>
    public IReadOnlyList<OpportunityHistory> Opportunities =>
        _opportunities.Values.OrderBy(h => h.OpportunityId, StringComparer.Ordinal).ToList();

    /// <summary>Every person's lifecycle replay.</summary>
    public IReadOnlyDictionary<EmailAddress, LeadReplayResult> Leads => _leads;

    /// <summary>Applies the rules to <paramref name="facts"/>; <paramref name="asOf"/> bounds time-based maintenance.</summary>
    public static WorkspaceAnalysis Build(WorkspaceFacts facts, WorkspaceSettings settings, DateTimeOffset asOf)
    {
        var index = TouchpointIndex.Build(facts.Touchpoints);
        var opportunities = OpportunityHistory.FromArrivals(facts.OpportunityUpdates)
            .ToDictionary(h => h.OpportunityId, StringComparer.Ordinal);

        var leads = ReplayLeads(facts, settings, index, opportunities.Values, asOf);
        var milestones = LeadMilestones.From(leads.Values);

        var latest = opportunities.Values.Select(h => h.Current!).ToList();
        var journeys = latest
            .Select(o => Journey.Build(o, AttributionKind.Pipeline, index.ScopeOf(o), milestones, settings.Lookback).Journey)
            .OfType<Journey>();
        var shares = MarkovChannelModel.Fit(MarkovPaths.Build(index, latest, journeys));

        return new WorkspaceAnalysis(settings, index, opportunities, leads, milestones, shares);
    }

    /// <summary>The attribution of one opportunity; refused for an unknown id and for revenue of one not won.</summary>
    public AttributionOutcome Attribute(string opportunityId, AttributionKind kind)
    {
        if (!_opportunities.TryGetValue(opportunityId, out var history))
        {
            return AttributionOutcome.Refused($"No opportunity '{opportunityId}' is known.");
        }

        return OpportunityAttributor.Attribute(history, kind, Index, Milestones, MarkovShares, Settings.Lookback);
    }

    /// <summary>The attributions of every opportunity that has one of <paramref name="kind"/>, ordinal order of id.</summary>
    public IReadOnlyList<OpportunityAttribution> Attributions(AttributionKind kind) =>
        _opportunities.Keys.Order(StringComparer.Ordinal)
            .Select(id => Attribute(id, kind).Attribution)
            .OfType<OpportunityAttribution>()
            .ToList();

    public PipelineWaterfall Waterfall(Quarter quarter) => PipelineWaterfall.Compute(quarter, _opportunities.Values);

    public SourcingReport Sourcing(DateTimeOffset from, DateTimeOffset to) =>
        SourcingReport.Build(Attributions(AttributionKind.Pipeline), from, to);

    /// <summary>The deals open just before <paramref name="to"/> that marketing touched since their creation (<see cref="OpenInfluence"/>).</summary>
    public SourcingFigure OpenInfluenced(DateTimeOffset to) =>
        OpenInfluence.At(to, _opportunities.Values, id => OpenInfluence.FirstTouch(_opportunities[id], Index.ScopeOf(_opportunities[id].Current!)));

    private static Dictionary<EmailAddress, LeadReplayResult> ReplayLeads(
        WorkspaceFacts facts,
        WorkspaceSettings settings,
        TouchpointIndex index,
        IEnumerable<OpportunityHistory> opportunities,
        DateTimeOffset asOf)
    {
        // Domain §3: an opportunity moves the people its current version names as contacts, or failing contacts its
        // account's people, from the version that first names each of them.
        var opportunityFacts = new Dictionary<EmailAddress, List<OpportunityFact>>();
        foreach (var history in opportunities)
        {
            var opportunity = history.Current!;
            var named = opportunity.ContactEmails.Count > 0 ? opportunity.ContactEmails : index.PeopleOf(opportunity.AccountDomain);
            foreach (var person in named)
            {
                if (!opportunityFacts.TryGetValue(person, out var list))
                {
                    opportunityFacts[person] = list = [];
                }

                list.AddRange(OpportunityFact.For(history, person, index.AccountOf(person)));
            }
        }

        var leads = new Dictionary<EmailAddress, LeadReplayResult>();
        // A contact the CRM names is a person from their first touch, import or sales action on (the CRM's contacts alone
        // are not people of the workspace); the replay then identifies them from the deal's naming.
        foreach (var person in index.People.Concat(facts.SalesActions.Keys).Concat(facts.Imports.Keys).Distinct())
        {
            var import = facts.Imports.GetValueOrDefault(person);
            var leadFacts = new LeadFacts
            {
                Email = person,
                Touches = index.TouchesOf(person),
                ImportedProfile = import?.Profile,
                ImportedAt = import?.At,
                SalesActions = facts.SalesActions.GetValueOrDefault(person) ?? [],
                Opportunities = opportunityFacts.GetValueOrDefault(person) ?? [],
            };
            leads[person] = LeadReplay.Run(leadFacts, settings.Leads, asOf);
        }

        return leads;
    }
}
