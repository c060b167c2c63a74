using Azure.Data.Tables;
using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Touchpoints;

/// <summary>
/// The <c>Touchpoints</c> table: every touchpoint once per event id.
/// </summary>
/// <remarks>
/// <para>Keys:</para>
/// <list type="bullet">
/// <item>PartitionKey = <c>e:{email}</c> for a touch that carries an e-mail, else <c>a:{anonymousId}</c>
/// (both escaped by <see cref="TableKeys.Escape"/>). A person's journey is the person's partition plus the
/// partitions of the anonymous ids stitched to it (from <c>Identities</c>): stitching later never rewrites
/// touchpoints, and a stitch that moves an anonymous id to an earlier owner moves its touches with it.</item>
/// <item>RowKey = escaped <c>eventId</c>. Insert-if-absent: a replayed event id is a no-op and is counted as
/// a duplicate. The same event id replayed with a different who would land in another partition; the edge's
/// <c>EdgeEvents</c> table catches those replays first.</item>
/// </list>
/// <para>Writes: one entity-group transaction per partition and 100 touches (a batch of one person's touches
/// is one round trip). Reads: partition queries; ordering (occurredAt, then eventId) is done in memory.</para>
/// </remarks>
public sealed partial class TouchpointStore(CascadeStorage storage)
{
    private TableClient Table => storage.Table(StorageNames.TouchpointsTable);

    /// <summary>The partition of a person's own touches.</summary>
    public static string PersonPartition(EmailAddress email) => "e:" + TableKeys.Escape(email.Value);

    /// <summary>The partition of an anonymous visitor's touches (those that carried no e-mail).</summary>
    public static string AnonymousPartition(string anonymousId) => "a:" + TableKeys.Escape(anonymousId);

    public static string PartitionOf(Touchpoint touchpoint)
    {
        ArgumentNullException.ThrowIfNull(touchpoint);
        return touchpoint.Email is { } email ? PersonPartition(email) : AnonymousPartition(touchpoint.AnonymousId!);
    }

    /// <summary>Stores the touchpoints not stored yet; those whose event id is already stored change nothing.</summary>
    public async Task<TouchpointWriteResult> AddAsync(IReadOnlyList<Touchpoint> touchpoints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(touchpoints);
        var entities = touchpoints.Select(ToEntity).ToList<ITableEntity>();
        var present = await InsertIfAbsent.RunAsync(Table, entities, cancellationToken);
        var duplicates = present.Count(p => p);
        return new TouchpointWriteResult(touchpoints.Count - duplicates, duplicates);
    }

    /// <summary>The touches that carried the person's e-mail, chronological.</summary>
    public Task<IReadOnlyList<Touchpoint>> ListByPersonAsync(EmailAddress email, CancellationToken cancellationToken = default) =>
        ListPartitionsAsync([PersonPartition(email)], cancellationToken);

    /// <summary>The touches of an anonymous id that carried no e-mail, chronological.</summary>
    public Task<IReadOnlyList<Touchpoint>> ListByAnonymousIdAsync(string anonymousId, CancellationToken cancellationToken = default) =>
        ListPartitionsAsync([AnonymousPartition(anonymousId)], cancellationToken);

    /// <summary>A person's journey: their own touches and those of the anonymous ids stitched to them, chronological.</summary>
    public Task<IReadOnlyList<Touchpoint>> ListJourneyAsync(
        EmailAddress email, IEnumerable<string> stitchedAnonymousIds, CancellationToken cancellationToken = default) =>
        ListPartitionsAsync([PersonPartition(email), .. stitchedAnonymousIds.Select(AnonymousPartition)], cancellationToken);

    /// <summary>
    /// Every stored touchpoint, in journey order. A full scan: for reports and jobs that need the whole
    /// workspace, never for an ingestion path.
    /// </summary>
    public async Task<IReadOnlyList<Touchpoint>> ListAllAsync(CancellationToken cancellationToken = default)
    {
        var touches = new List<Touchpoint>();
        await foreach (var row in Table.QueryAsync<TouchpointEntity>(cancellationToken: cancellationToken))
        {
            touches.Add(ToDomain(row));
        }

        touches.Sort(Touchpoint.Chronological);
        return touches;
    }

    private async Task<IReadOnlyList<Touchpoint>> ListPartitionsAsync(IEnumerable<string> partitions, CancellationToken cancellationToken)
    {
        var reads = partitions.Distinct(StringComparer.Ordinal)
            .Select(p => TableQueries.PartitionAsync<TouchpointEntity>(Table, p, cancellationToken));
        var rows = await Task.WhenAll(reads);
        var touches = rows.SelectMany(r => r).Select(ToDomain).ToList();
        touches.Sort(Touchpoint.Chronological);
        return touches;
    }
}
