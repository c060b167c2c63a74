using Cascade.App.Opportunities;
using Cascade.Domain.Customers;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.Accounts;
using Cascade.Storage.Customers;
using Cascade.App.Leads;

namespace Cascade.App.Customers;

/// <summary>
/// Reads, by key, the facts of one account's customer lifecycle: its deals with their types
/// (<see cref="AccountDeals"/>), every touch of its people (the <c>Accounts</c> table's members, each with their
/// stitched anonymous touches) and its recorded churn and reactivate actions. The cost follows the account, never
/// the store.
/// </summary>
/// <remarks>
/// Membership rows are only added, so someone who moved to another account still counts as this one's person:
/// their touches keep it active. A touch is activity whatever its type (a survey answer too).
/// </remarks>
public sealed class AccountFactsLoader(
    AccountDeals deals, AccountStore accounts, PersonJourneyReader journeys, CustomerFactStore customerFacts)
{
    /// <summary>People read at once.</summary>
    private const int Parallelism = 8;

    public async Task<AccountFacts> LoadAsync(string domain, CancellationToken cancellationToken = default)
    {
        var histories = deals.OfAsync(domain, cancellationToken);
        var members = accounts.MembersOfAsync(domain, cancellationToken);
        var actions = customerFacts.ActionsOfAsync(domain, cancellationToken);
        await Task.WhenAll(histories, members, actions);

        var touches = new List<Touchpoint>();
        await Parallel.ForEachAsync(
            await members,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (person, ct) =>
            {
                var journey = await journeys.ReadAsync(person, [], ct);
                lock (touches)
                {
                    touches.AddRange(journey.Touches);
                }
            });

        var all = await histories;
        var typed = all.Select(h => CustomerDeal.Of(h, OpportunityTypes.Of(h, all))).ToList();
        return new AccountFacts(domain, typed, CustomerFacts.Of(typed, touches, await actions));
    }
}
