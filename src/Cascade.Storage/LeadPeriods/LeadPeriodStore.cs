using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Cascade.Domain.Funnel;
using Cascade.Domain.Identity;
using Cascade.Storage.Tables;

namespace Cascade.Storage.LeadPeriods;

/// <summary>
/// The <c>LeadPeriods</c> table: each person listed under every month in which they entered a stage or made their
/// lead-creation or MQL touch, with their whole <see cref="FunnelLead"/>, so the funnel and the ROI report for
/// [from, to) read that period's month partitions, never the whole store.
/// </summary>
/// <remarks>
/// Keys: PartitionKey <c>yyyy-MM</c> (UTC), RowKey the escaped e-mail. Written by the person's evaluation before its
/// profile row (which keeps the <see cref="LeadPeriodMark"/>): rows are upserts, rewritten only when their content
/// changed, and the months an evaluation no longer covers are deleted. A person found under several months of a
/// period is read from the row of the newest evaluation; a row whose content has nothing in the period is left out.
/// </remarks>
public sealed class LeadPeriodStore(CascadeStorage storage)
{
    private TableClient Table => storage.Table(StorageNames.LeadPeriodsTable);

    /// <summary>The months and content digest of <paramref name="lead"/>'s rows.</summary>
    public static LeadPeriodMark MarkOf(FunnelLead lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(LeadPeriodDocument.Serialize(lead))), 0, 16);
        return new LeadPeriodMark(digest, MonthsOf(lead));
    }

    /// <summary>
    /// Writes <paramref name="lead"/> under each of its months and removes the person from the months of
    /// <paramref name="previous"/> it no longer covers; nothing when the content is unchanged.
    /// </summary>
    public Task SaveAsync(
        EmailAddress email, FunnelLead lead, LeadPeriodMark? previous, DateTimeOffset evaluatedAt, CancellationToken cancellationToken = default) =>
        SaveAsync([new LeadPeriodWrite(email, lead, previous, evaluatedAt)], cancellationToken);

    /// <summary>
    /// As <see cref="SaveAsync(EmailAddress, FunnelLead, LeadPeriodMark?, DateTimeOffset, CancellationToken)"/> for many
    /// people at once, one write each: the rows of one month go out in entity-group transactions
    /// (a sweep names hundreds of people over a few months: a few transactions instead of an upsert each). Then the rows of
    /// the months people left are deleted, in transactions of one month as well: afterwards, so that a person is never
    /// missing from both, and leaving out a row already gone (a concurrent evaluation's or an erasure's delete:
    /// <see cref="EntityGroups.DeleteAsync"/>). The rows are upserts, so a partly written call is completed by its retry.
    /// </summary>
    public async Task SaveAsync(IReadOnlyCollection<LeadPeriodWrite> writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.DistinctBy(w => w.Email).Count() != writes.Count)
        {
            throw new ArgumentException("One write per person: a transaction cannot hold a row twice.", nameof(writes));
        }

        var changed = writes
            .Select(w => (Write: w, Mark: MarkOf(w.Lead)))
            .Where(w => !w.Mark.IsWritten(w.Write.Previous))
            .ToList();
        var rows = changed.SelectMany(w =>
        {
            var json = LeadPeriodDocument.Serialize(w.Write.Lead);
            var row = TableKeys.Escape(w.Write.Email.Value);
            return w.Mark.Months.Select(month => new LeadPeriodEntity
            {
                PartitionKey = month, RowKey = row, Email = w.Write.Email.Value, Lead = json, EvaluatedAt = w.Write.EvaluatedAt,
            });
        });
        await EntityGroups.SubmitAsync(Table, rows.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);
        await EntityGroups.DeleteAsync(
            Table,
            changed.SelectMany(w => Deletes(w.Write.Email, (w.Write.Previous?.Months ?? []).Except(w.Mark.Months, StringComparer.Ordinal))),
            cancellationToken);
    }

    /// <summary>Removes the person's rows from <paramref name="months"/> (an erasure); a row already gone is no error.</summary>
    public Task DeleteAsync(EmailAddress email, IEnumerable<string> months, CancellationToken cancellationToken = default) =>
        EntityGroups.DeleteAsync(Table, Deletes(email, months), cancellationToken);

    private static IEnumerable<TableTransactionAction> Deletes(EmailAddress email, IEnumerable<string> months)
    {
        var row = TableKeys.Escape(email.Value);
        return months.Distinct(StringComparer.Ordinal).Select(month => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(month, row), ETag.All));
    }

    /// <summary>The people with something in the months overlapping [<paramref name="from"/>, <paramref name="to"/>), ordinal order of e-mail.</summary>
    public async Task<IReadOnlyList<FunnelLead>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var partitions = await Task.WhenAll(
            MonthKeys.Overlapping(from, to).Select(m => TableQueries.PartitionAsync<LeadPeriodEntity>(Table, m, cancellationToken)));
        return partitions.SelectMany(p => p)
            .GroupBy(e => e.Email, StringComparer.Ordinal)
            .Select(person => person.MaxBy(e => e.EvaluatedAt)!)
            .Select(e => LeadPeriodDocument.Deserialize(e.Email, e.Lead))
            .Where(lead => lead.Instants.Any(at => at >= from && at < to))
            .OrderBy(lead => lead.PersonKey, StringComparer.Ordinal)
            .ToList();
    }

    private static List<string> MonthsOf(FunnelLead lead) =>
        lead.Instants.Select(MonthKeys.Of).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
