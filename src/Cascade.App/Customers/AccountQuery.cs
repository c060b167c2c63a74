using Cascade.App.Leads;
using Cascade.App.Opportunities;
using Cascade.App.Reads;
using Cascade.App.Validation;
using Cascade.Domain.Customers;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Accounts;
using Cascade.Storage.Customers;
using Cascade.Storage.People;

namespace Cascade.App.Customers;

/// <summary>
/// <c>GET /api/accounts/{domain}</c>, read by key: the account's row of the customer status read model
/// (<see cref="CustomerStore"/>) brought forward to the read's instant (silences due since it was written count
/// from their due instant, <see cref="CustomerTimeline.BroughtForward"/>), its members and their stored stages, and
/// its deals with their types (<see cref="AccountDeals"/>); each person's customer status is the account's churn or
/// their own silence (<see cref="CustomerPersonStatus"/>, from their stored last activity). Its cost follows the account,
/// not the store.
/// </summary>
/// <remarks>
/// An account with no row, no member and no deal is unknown (404). Lifetime value and first win are the won deals'
/// as stored now; the status, since, last activity and history are the read model's.
/// </remarks>
public sealed class AccountQuery(
    CustomerStore customers, AccountStore accounts, PersonStore people, AccountDeals deals, CustomerSettings settings, TimeProvider time)
{
    public async Task<ReadResult<AccountView>> GetAsync(string? domainText, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        if (AccountDomainRoute.Read(domainText, errors) is not { } domain)
        {
            return ReadResult<AccountView>.Invalid(errors);
        }

        var now = time.GetUtcNow();
        var record = customers.GetAsync(domain, cancellationToken);
        var members = accounts.MembersOfAsync(domain, cancellationToken);
        var histories = deals.OfAsync(domain, cancellationToken);
        await Task.WhenAll(record, members, histories);
        if (await record is null && (await members).Count == 0 && (await histories).Count == 0)
        {
            return ReadResult<AccountView>.NotFound($"No account '{domain}' is known.");
        }

        var all = await histories;
        var typed = all.Select(h => CustomerDeal.Of(h, OpportunityTypes.Of(h, all))).ToList();
        var won = typed.Where(d => d.IsWon).ToList();

        var stored = await record;
        var current = stored is null ? null : CustomerTimeline.BroughtForward(stored.State, stored.History, settings, now);
        var stages = await Task.WhenAll((await members).Select(async email =>
        {
            var person = await people.GetAsync(email, cancellationToken);
            var status = current is null
                ? CustomerStatus.None
                : CustomerPersonStatus.Of(current, stored!.WonDeals.Select(d => d.ClosedAt!.Value), person?.LastActivityAt, settings, now);
            return new AccountPersonView(email.Value, person?.Lead.Stage.ToName(), status == CustomerStatus.None ? null : status.ToName());
        }));
        return ReadResult<AccountView>.Found(new AccountView(
            domain,
            current is { State.IsCustomer: true } ? current.State.Status.ToName() : null,
            current?.State.StatusSince,
            stages,
            typed.Select(d => new AccountOpportunityView(d.OpportunityId, d.Type.ToName(), d.Status.ToString().ToLowerInvariant(), d.Amount)).ToList(),
            won.Sum(d => d.Amount),
            won.Count == 0 ? null : won.Min(d => d.ClosedAt),
            current?.State.LastActivityAt,
            (current?.History ?? []).Select(ChangeView).ToList()));
    }

    internal static CustomerChangeView ChangeView(CustomerStatusChange c) => new(
        c.From.ToName(),
        c.To.ToName(),
        c.At,
        new TransitionCauseView(c.Cause.Action, c.Cause.TouchpointId, c.Cause.Score, c.Cause.User, c.Cause.Reason, c.Cause.OpportunityId));
}
