using Cascade.App.Leads;
using Cascade.App.Reads;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Scoring;
using Cascade.Domain.Workspace;
using Cascade.Storage.LeadFacts;

namespace Cascade.App.Tests.Leads;

/// <summary>
/// The person view as the whole-store computation gives it (<see cref="WorkspaceAnalysis"/>): what the person read
/// model must equal for the same facts.
/// </summary>
internal static class PersonOracle
{
    public static async Task<PersonView?> ViewAsync(WorkspaceAnalysis analysis, LeadFactStore leadFacts, EmailAddress person, DateTimeOffset now)
    {
        if (!analysis.Leads.TryGetValue(person, out var lead))
        {
            return null;
        }

        var (import, _) = LeadFactCodec.Read(await leadFacts.ListAsync(person));
        var touches = analysis.Index.TouchesOf(person);
        var score = LeadScorer.Score(
            new ScoringInput
            {
                Email = person,
                BaseProfile = import?.Profile,
                Touches = touches,
                BehaviourResetAt = lead.State.RecycledAt,
                BehaviourFrozen = lead.State.BehaviourFrozen,
            },
            now,
            analysis.Settings.Leads.Scoring);

        return new PersonView(
            person.Value,
            analysis.Index.Identity.AnonymousIdsOf(person),
            analysis.Index.AccountOf(person),
            lead.State.Stage.ToName(),
            lead.State.IsFan,
            new PersonScoreView(score.Total, score.Demographic, score.Behavioural, score.Rules.Select(r => new ScoreRuleView(r.Rule, r.Points)).ToList()),
            lead.History.Select(t => new StageChangeView(
                t.From.ToName(), t.To.ToName(), t.At,
                new TransitionCauseView(t.Cause.Action, t.Cause.TouchpointId, t.Cause.Score, t.Cause.User, t.Cause.Reason, t.Cause.OpportunityId))).ToList(),
            touches.Select(TouchView.Of).ToList());
    }

    /// <summary>Asserts the read model's view of every person the analysis knows equals the oracle's.</summary>
    public static async Task AssertEveryPersonAsync(WorkspaceAnalysis analysis, LeadFactStore leadFacts, PersonQuery query, DateTimeOffset now)
    {
        Assert.NotEmpty(analysis.Leads);
        foreach (var person in analysis.Leads.Keys.OrderBy(p => p.Value, StringComparer.Ordinal))
        {
            var expected = await ViewAsync(analysis, leadFacts, person, now);
            var actual = await query.GetAsync(person.Value);
            Assert.True(actual.IsFound, $"{person} is not in the read model.");
            AssertSame(expected!, actual.Value!);
        }
    }

    public static void AssertSame(PersonView expected, PersonView actual)
    {
        var who = expected.Email;
        Assert.Equal(expected.Email, actual.Email);
        Assert.True(expected.AnonymousIds.SequenceEqual(actual.AnonymousIds), $"{who}: anonymous ids");
        Assert.True(expected.AccountDomain == actual.AccountDomain, $"{who}: account {expected.AccountDomain} vs {actual.AccountDomain}");
        Assert.True(expected.Stage == actual.Stage, $"{who}: stage {expected.Stage} vs {actual.Stage}");
        Assert.True(expected.Fan == actual.Fan, $"{who}: fan");
        Assert.True(expected.Score.Total == actual.Score.Total, $"{who}: score {expected.Score.Total} vs {actual.Score.Total}");
        Assert.True(expected.Score.Rules.SequenceEqual(actual.Score.Rules), $"{who}: score rules");
        Assert.True(expected.History.SequenceEqual(actual.History), $"{who}: history\n  expected {string.Join("\n           ", expected.History)}\n  actual   {string.Join("\n           ", actual.History)}");
        Assert.True(expected.Touchpoints.SequenceEqual(actual.Touchpoints), $"{who}: touchpoints");
    }
}
