using Cascade.App.Reads;
using Cascade.App.Validation;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Scoring;
using Cascade.Domain.Touchpoints;
using Cascade.Domain.Workspace;
using Cascade.Storage.People;
using Cascade.Storage.Touchpoints;

namespace Cascade.App.Leads;

/// <summary>
/// <c>GET /api/people/{email}</c>, read by key: the person's read model (<see cref="PersonStore.ViewAsync"/> — stage,
/// fan flag, account, stitched anonymous ids and history, saved by the evaluation that computed them,
/// <see cref="LeadEvaluator"/>) and the person's touch ranges (their own and their stitched ids'). Its cost
/// follows the person, not the store.
/// </summary>
/// <remarks>
/// The score is the score as of the read (domain §4: a stored score is decayed at read time, never served as it
/// was computed): <see cref="LeadScorer"/> over the touches just read, the stored profile and the stored recycling
/// instant and frozen behaviour. The touches are what the answer lists anyway, each with its instant, so the
/// behavioural points decay exactly as a whole-store replay at that instant would decay them. A person is known
/// once an evaluation has stored them (any touch, import or sales action that names them).
/// </remarks>
public sealed class PersonQuery(PersonStore people, TouchpointStore touchpoints, WorkspaceSettings settings, TimeProvider time)
{
    public const string EmailName = "email";

    public async Task<ReadResult<PersonView>> GetAsync(string? email, CancellationToken cancellationToken = default)
    {
        if (!EmailAddress.TryParse(email, out var address))
        {
            return ReadResult<PersonView>.Invalid(ValidationErrors.Of(EmailName, "must be an e-mail address."));
        }

        var now = time.GetUtcNow();
        if (await people.ViewAsync(address, cancellationToken) is not { } stored)
        {
            return ReadResult<PersonView>.NotFound($"No person '{address}' is known.");
        }

        var touches = await touchpoints.ListJourneyAsync(address, stored.Person.AnonymousIds, cancellationToken);
        return ReadResult<PersonView>.Found(View(stored, touches.Order(Touchpoint.Chronological).ToList(), settings.Leads.Scoring, now));
    }

    private static PersonView View(StoredPerson stored, IReadOnlyList<Touchpoint> touches, ScoringRules rules, DateTimeOffset now)
    {
        var person = stored.Person;
        var input = new ScoringInput
        {
            Email = person.Email,
            BaseProfile = person.Profile,
            Touches = touches,
            BehaviourResetAt = person.Lead.RecycledAt,
            BehaviourFrozen = person.Lead.BehaviourFrozen,
        };
        var score = LeadScorer.Score(input, now, rules);

        return new PersonView(
            person.Email.Value,
            person.AnonymousIds,
            person.AccountDomain,
            person.Lead.Stage.ToName(),
            person.Lead.IsFan,
            new PersonScoreView(score.Total, score.Demographic, score.Behavioural, score.Rules.Select(r => new ScoreRuleView(r.Rule, r.Points)).ToList()),
            stored.History.Select(ChangeOf).ToList(),
            touches.Select(TouchView.Of).ToList());
    }

    private static StageChangeView ChangeOf(StageTransition t) => new(
        t.From.ToName(),
        t.To.ToName(),
        t.At,
        new TransitionCauseView(t.Cause.Action, t.Cause.TouchpointId, t.Cause.Score, t.Cause.User, t.Cause.Reason, t.Cause.OpportunityId));
}
