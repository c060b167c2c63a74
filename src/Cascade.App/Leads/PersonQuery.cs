using Cascade.App.Leads;
using Cascade.App.Reads;
using Cascade.App.Validation;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Scoring;
using Cascade.Domain.Workspace;
using Cascade.Storage.LeadFacts;

namespace Cascade.App.Leads;

/// <summary>
/// <c>GET /api/people/{email}</c>, computed from the workspace analysis as of now: the lifecycle replay gives
/// the stage, fan flag and history; the score is <see cref="LeadScorer"/> over the person's touches and
/// imported profile, with behaviour reset at the last recycling and frozen for fans and the disqualified.
/// A person is known when any touch, import or sales action names them.
/// </summary>
public sealed class PersonQuery(IWorkspaceReader reader, LeadFactStore leadFacts, TimeProvider time)
{
    public const string EmailName = "email";

    public async Task<ReadResult<PersonView>> GetAsync(string? email, CancellationToken cancellationToken = default)
    {
        if (!EmailAddress.TryParse(email, out var address))
        {
            return ReadResult<PersonView>.Invalid(ValidationErrors.Of(EmailName, "must be an e-mail address."));
        }

        var now = time.GetUtcNow();
        var analysis = reader.AnalyzeAsync(now, cancellationToken);
        var facts = leadFacts.ListAsync(address, cancellationToken);
        await Task.WhenAll(analysis, facts);

        if (!(await analysis).Leads.TryGetValue(address, out var lead))
        {
            return ReadResult<PersonView>.NotFound($"No person '{address}' is known.");
        }

        var (import, _) = LeadFactCodec.Read(await facts);
        return ReadResult<PersonView>.Found(View(await analysis, address, lead, import, now));
    }

    private static PersonView View(WorkspaceAnalysis analysis, EmailAddress person, LeadReplayResult lead, LeadImport? import, DateTimeOffset now)
    {
        var touches = analysis.Index.TouchesOf(person);
        var input = new ScoringInput
        {
            Email = person,
            BaseProfile = import?.Profile,
            Touches = touches,
            BehaviourResetAt = lead.State.RecycledAt,
            BehaviourFrozen = lead.State.BehaviourFrozen,
        };
        var score = LeadScorer.Score(input, now, analysis.Settings.Leads.Scoring);

        return new PersonView(
            person.Value,
            analysis.Index.Identity.AnonymousIdsOf(person),
            analysis.Index.AccountOf(person),
            lead.State.Stage.ToName(),
            lead.State.IsFan,
            new PersonScoreView(score.Total, score.Demographic, score.Behavioural, score.Rules.Select(r => new ScoreRuleView(r.Rule, r.Points)).ToList()),
            lead.History.Select(ChangeOf).ToList(),
            touches.Select(TouchView.Of).ToList());
    }

    private static StageChangeView ChangeOf(StageTransition t) => new(
        t.From.ToName(),
        t.To.ToName(),
        t.At,
        new TransitionCauseView(t.Cause.Action, t.Cause.TouchpointId, t.Cause.Score, t.Cause.User, t.Cause.Reason, t.Cause.OpportunityId));
}
