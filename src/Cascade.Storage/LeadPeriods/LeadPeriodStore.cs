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
    public async Task SaveAsync(
        EmailAddress email, FunnelLead lead, LeadPeriodMark? previous, DateTimeOffset evaluatedAt, CancellationToken cancellationToken = default)
    {
        var mark = MarkOf(lead);
        if (previous is not null && previous.Digest == mark.Digest && previous.Months.SequenceEqual(mark.Months))
        {
            return;
        }

        var json = LeadPeriodDocument.Serialize(lead);
        var row = TableKeys.Escape(email.Value);
        var writes = mark.Months.Select(month => Table.UpsertEntityAsync(
            new LeadPeriodEntity { PartitionKey = month, RowKey = row, Email = email.Value, Lead = json, EvaluatedAt = evaluatedAt },
            TableUpdateMode.Replace,
            cancellationToken));
        await Task.WhenAll(writes);
        await DeleteAsync(email, (previous?.Months ?? []).Except(mark.Months, StringComparer.Ordinal), cancellationToken);
    }

    /// <summary>Removes the person's rows from <paramref name="months"/> (an erasure, or months they left).</summary>
    public async Task DeleteAsync(EmailAddress email, IEnumerable<string> months, CancellationToken cancellationToken = default)
    {
        var row = TableKeys.Escape(email.Value);
        // The table client answers a row already gone as deleted: deleting is idempotent.
        await Task.WhenAll(months.Select(month => Table.DeleteEntityAsync(month, row, ETag.All, cancellationToken)));
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
