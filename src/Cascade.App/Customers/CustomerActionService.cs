using Cascade.App.Validation;
using Cascade.Domain.Customers;
using Cascade.Domain.Customers.Events;
using Cascade.Storage.Customers;

namespace Cascade.App.Customers;

/// <summary>
/// <c>POST /api/accounts/{domain}/actions</c>, applied synchronously: the account's facts are replayed up to the
/// action's instant and the lifecycle decides (<see cref="CustomerLifecycle.Apply"/>); an applied action is recorded
/// as a fact (<see cref="CustomerFactStore"/>) and the account's status replayed and saved, so the answer is the
/// status as stored. Posting the same action again records nothing new.
/// </summary>
/// <remarks>
/// Rules where api.md is silent: <c>at</c> defaults to now and may not lie in the future (a status change is
/// recorded when it happened, not scheduled); an action that changes nothing (churning a churned customer) answers
/// 200 and records nothing; an account of which nothing is stored is 404.
/// </remarks>
public sealed class CustomerActionService(
    AccountFactsLoader loader, CustomerFactStore facts, CustomerStatusUpdater updater, CustomerSettings settings, TimeProvider time)
{
    public async Task<CustomerActionResult> ApplyAsync(string? domainText, CustomerActionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var domain = AccountDomainRoute.Read(domainText, errors);
        var now = time.GetUtcNow();
        var at = request.At ?? now;
        if (at > now)
        {
            errors.Add("at", "must not lie in the future.");
        }

        if (domain is null || !errors.IsEmpty)
        {
            return new CustomerActionResult(CustomerActionOutcome.Invalid, domain, null, null, Errors: errors);
        }

        var account = await loader.LoadAsync(domain, cancellationToken);
        if (account.IsUnknown)
        {
            return new CustomerActionResult(CustomerActionOutcome.UnknownAccount, domain, null, null, $"No account '{domain}' is known.");
        }

        CustomerEvent evt = request.Action == CustomerActionReader.Churn
            ? new ChurnMarked(request.Reason, request.By ?? string.Empty)
            : new Reactivated(request.Reason, request.By ?? string.Empty);
        var before = CustomerReplay.Run(account.Facts, settings, at).State;
        var result = CustomerLifecycle.Apply(before, evt, at);
        if (result.IsRefused)
        {
            return new CustomerActionResult(CustomerActionOutcome.Refused, domain, Name(before.Status), Name(before.Status), result.Reason);
        }

        if (result.IsApplied)
        {
            await facts.AddActionAsync(domain, new CustomerFact(at, evt), cancellationToken);
        }

        var stored = await updater.RefreshAsync(domain, cancellationToken);
        return new CustomerActionResult(CustomerActionOutcome.Applied, domain, Name(stored?.State.Status ?? CustomerStatus.None), Name(before.Status));
    }

    private static string? Name(CustomerStatus status) => status == CustomerStatus.None ? null : status.ToName();
}
