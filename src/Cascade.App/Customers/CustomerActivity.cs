using Cascade.Domain.Customers;
using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.Customers;

namespace Cascade.App.Customers;

/// <summary>
/// What a batch of stored touches means for customers: survey answers are listed under their month for the customers
/// report, and the accounts of the people touched are re-evaluated when they are customers (activity re-engages).
/// Idempotent: the index upserts and the re-evaluation replays the stored facts.
/// </summary>
public sealed class CustomerActivity(CustomerFactStore facts, CustomerStatusUpdater updater)
{
    /// <param name="touches">The touches just stored.</param>
    /// <param name="people">Everyone those touches belong to (an anonymous touch's owner included).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task RecordAsync(IReadOnlyList<Touchpoint> touches, IEnumerable<EmailAddress> people, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(touches);
        var answers = touches
            .Where(t => TouchpointTypes.IsSurveyAnswer(t.Type) && t.Score is not null)
            .Select(t => new NpsAnswer(t.Email?.Value ?? "a:" + t.AnonymousId, t.OccurredAt, t.EventId, t.Score!.Value))
            .ToList();
        await facts.AddNpsAsync(answers, cancellationToken);

        // The accounts the Accounts table lists these people under: the touch's own account, else the e-mail's domain.
        var domains = touches
            .Where(t => t.Email is not null)
            .Select(t => AccountDomains.Resolve(t.AccountDomain, t.Email))
            .Concat(people.Select(p => AccountDomains.Resolve(null, p)))
            .OfType<string>();
        await updater.RefreshCustomersAsync(domains, cancellationToken);
    }
}
