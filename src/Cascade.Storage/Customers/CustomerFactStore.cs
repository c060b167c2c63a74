using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Cascade.Domain.Customers;
using Cascade.Domain.Customers.Events;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Customers;

/// <summary>
/// The <c>CustomerFacts</c> table: the facts of the customer lifecycle that live nowhere else — the churn and
/// reactivate actions of each account — and the month index of survey answers the customers report reads.
/// </summary>
/// <remarks>
/// <para>Actions: PartitionKey <c>a:{domain}</c>, RowKey <c>{at ticks, 19 digits}:{SHA-256 of action, user and reason,
/// 16 hex}</c>: one partition per account in time order; the same action posted again lands on the same row
/// (upsert), so a retry changes nothing.</para>
/// <para>Survey answers: PartitionKey <c>n:{yyyy-MM}</c> of the answer (UTC), RowKey the escaped event id: a period
/// reads the months it overlaps; upserts, so a redelivered touch changes nothing.</para>
/// </remarks>
public sealed class CustomerFactStore(CascadeStorage storage)
{
    private const string Churn = "churn";
    private const string Reactivate = "reactivate";

    private TableClient Table => storage.Table(StorageNames.CustomerFactsTable);

    /// <summary>Records a churn or reactivate action of <paramref name="domain"/>.</summary>
    public Task AddActionAsync(string domain, CustomerFact action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        var (name, reason, user) = action.Event switch
        {
            ChurnMarked e => (Churn, e.Reason, e.User),
            Reactivated e => (Reactivate, e.Reason, e.User),
            _ => throw new ArgumentException($"Only churn and reactivate are recorded, not {action.Event.Action}.", nameof(action)),
        };
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{name}\n{user}\n{reason}")))[..16];
        var entity = new CustomerActionEntity
        {
            PartitionKey = ActionPartition(domain),
            RowKey = $"{TableKeys.Instant(action.At)}:{hash}",
            Action = name,
            At = action.At,
            Reason = reason,
            By = user,
        };
        return Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The recorded actions of <paramref name="domain"/>, in time order.</summary>
    public async Task<IReadOnlyList<CustomerFact>> ActionsOfAsync(string domain, CancellationToken cancellationToken = default)
    {
        var rows = await TableQueries.PartitionAsync<CustomerActionEntity>(Table, ActionPartition(domain), cancellationToken);
        return rows.Select(r => new CustomerFact(
                r.At.ToUniversalTime(),
                r.Action == Churn ? new ChurnMarked(r.Reason, r.By) : new Reactivated(r.Reason, r.By)))
            .ToList();
    }

    /// <summary>Lists survey answers under their months.</summary>
    public Task AddNpsAsync(IEnumerable<NpsAnswer> answers, CancellationToken cancellationToken = default)
    {
        var actions = answers.DistinctBy(a => a.EventId, StringComparer.Ordinal).Select(a => new TableTransactionAction(
            TableTransactionActionType.UpsertReplace,
            new NpsAnswerEntity
            {
                PartitionKey = NpsPartition(a.At),
                RowKey = TableKeys.Escape(a.EventId),
                Person = a.Person,
                EventId = a.EventId,
                At = a.At,
                Score = a.Score,
            }));
        return EntityGroups.SubmitAsync(Table, actions, cancellationToken);
    }

    /// <summary>The survey answers given in [<paramref name="from"/>, <paramref name="to"/>): the months it overlaps, then each answer's instant.</summary>
    public async Task<IReadOnlyList<NpsAnswer>> NpsAnswersAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var rows = await Task.WhenAll(MonthKeys.Overlapping(from, to).Select(m => TableQueries.PartitionAsync<NpsAnswerEntity>(Table, "n:" + m, cancellationToken)));
        return rows.SelectMany(r => r)
            .Where(r => r.At >= from && r.At < to)
            .Select(r => new NpsAnswer(r.Person, r.At.ToUniversalTime(), r.EventId, r.Score))
            .OrderBy(a => a.EventId, StringComparer.Ordinal)
            .ToList();
    }

    private static string ActionPartition(string domain) => "a:" + TableKeys.Escape(domain);

    private static string NpsPartition(DateTimeOffset at) => "n:" + MonthKeys.Of(at);
}
