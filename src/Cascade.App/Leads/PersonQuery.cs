using Cascade.App.Customers;
using Cascade.App.Reads;
using Cascade.App.Validation;
using Cascade.Domain.Customers;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Scoring;
using Cascade.Domain.Touchpoints;
using Cascade.Domain.Workspace;
using Cascade.Storage.Customers;
using Cascade.Storage.People;
using Cascade.Storage.Touchpoints;

namespace Cascade.App.Leads;

/// <summary>
/// <c>GET /api/people/{email}</c>, read by key: the person's read model (<see cref="PersonStore.ViewAsync"/> — stage,
/// fan flag, account, stitched anonymous ids and history, saved by the evaluation that computed them,
/// <see cref="LeadEvaluator"/>) and the person's touch ranges (their own and their stitched ids'). Its cost
/// follows the person, not the store. In a customer account, the account's status row (by key) gives the person's own
/// customer status and history (<see cref="CustomerPersonView"/>).
/// </summary>
/// <remarks>
/// The score is the score as of the read (domain §4: a stored score is decayed at read time, never served as it
/// was computed): <see cref="LeadScorer"/> over the touches just read, the stored profile and the stored recycling
/// instant and frozen behaviour. The touches are what the answer lists anyway, each with its instant, so the
/// behavioural points decay exactly as a whole-store replay at that instant would decay them. A person is known
/// once an evaluation has stored them (any touch, import or sales action that names them).
/// </remarks>
public sealed class PersonQuery(
    PersonStore people, TouchpointStore touchpoints, CustomerStore customers, WorkspaceSettings settings, CustomerSettings customerSettings, TimeProvider time)
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

        var journey = touchpoints.ListJourneyAsync(address, stored.Person.AnonymousIds, cancellationToken);
        var account = stored.Person.AccountDomain is { } domain ? customers.GetAsync(domain, cancellationToken) : Task.FromResult<CustomerRecord?>(null);
        var touches = (await journey).Order(Touchpoint.Chronological).ToList();
        return ReadResult<PersonView>.Found(View(stored, touches, settings.Leads.Scoring, now) with { Customer = Customer(await account, touches, now) });
    }

    /// <summary>The person's own replay of their customer account (brought forward to now, as the account read is).</summary>
    private CustomerPersonView? Customer(CustomerRecord? account, IReadOnlyList<Touchpoint> touches, DateTimeOffset now)
    {
        if (account is null)
        {
            return null;
        }

        var current = CustomerTimeline.BroughtForward(account.State, account.History, customerSettings, now);
        var own = CustomerPersonStatus.Replay(current, account.WonDeals, touches, customerSettings, now);
        return own.State.IsCustomer
            ? new CustomerPersonView(own.State.Status.ToName(), own.State.StatusSince, own.History.Select(AccountQuery.ChangeView).ToList())
            : null;
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
