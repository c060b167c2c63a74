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
    /// <param name="people">
    /// Everyone those touches belong to (an anonymous touch's owner included), with the instant from which their facts
    /// changed: <see cref="DateTimeOffset.MinValue"/> when a cookie's earlier touches moved to or from them.
    /// </param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task RecordAsync(
        IReadOnlyList<Touchpoint> touches, IReadOnlyDictionary<EmailAddress, DateTimeOffset> people, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(touches);
        var answers = touches
            .Where(t => TouchpointTypes.IsSurveyAnswer(t.Type) && t.Score is not null)
            .Select(t => new NpsAnswer(t.Email?.Value ?? "a:" + t.AnonymousId, t.OccurredAt, t.EventId, t.Score!.Value))
            .ToList();
        await facts.AddNpsAsync(answers, cancellationToken);

        // The accounts the Accounts table lists these people under: the touch's own account, else the e-mail's domain.
        // An e-mail touch is known to be its account's activity; the accounts of anyone else touched (a cookie's owner,
        // or someone whose cookie's earlier touches moved) are replayed.
        var withEmail = touches.Select(t => t.Email).OfType<EmailAddress>().ToHashSet();
        var replay = people
            .Where(p => p.Value == DateTimeOffset.MinValue || !withEmail.Contains(p.Key))
            .Select(p => p.Key)
            .ToHashSet();
        var activity = new Dictionary<string, List<DateTimeOffset>>(StringComparer.Ordinal);
        var replayed = replay.Select(p => AccountDomains.Resolve(null, p)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var touch in touches.Where(t => t.Email is not null))
        {
            if (AccountDomains.Resolve(touch.AccountDomain, touch.Email) is not { } domain)
            {
                continue;
            }

            if (replay.Contains(touch.Email!.Value))
            {
                replayed.Add(domain);
            }
            else
            {
                (activity.TryGetValue(domain, out var times) ? times : activity[domain] = []).Add(touch.OccurredAt);
            }
        }

        foreach (var domain in replayed)
        {
            activity.Remove(domain);
        }

        await updater.RefreshCustomersAsync(activity.Keys.Concat(replayed), activity, cancellationToken);
    }
}
