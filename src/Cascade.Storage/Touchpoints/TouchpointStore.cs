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
/// <item>A touch belongs to a journey key: <c>e:{email}</c> for a touch that carries an e-mail, else
/// <c>a:{anonymousId}</c> (both escaped by <see cref="TableKeys.Escape"/>). A person's journey is the person's key plus
/// the keys of the anonymous ids stitched to them (from <c>Identities</c>): stitching later never rewrites touchpoints,
/// and a stitch that moves an anonymous id to an earlier owner moves its touches with it.</item>
/// <item>PartitionKey = <c>t</c> + the first hex digit of SHA-256(journey key): 16 buckets shared by many people, so a
/// burst of 500 touches naming hundreds of people is about 16–20 insert transactions, not one per person.</item>
/// <item>RowKey = <see cref="TableKeys.RangePrefix"/>(journey key) + escaped eventId (<c>{journey key}~{eventId}</c>), so
/// one journey key's touches are one row range of its bucket. Insert-if-absent: a replayed event id is a no-op and is counted as a duplicate. The
/// same event id replayed with a different who would land under another key; the edge's <c>EdgeEvents</c> table
/// catches those replays first.</item>
/// </list>
/// <para>Writes: one entity-group transaction per bucket and 100 touches. Reads: one range query per journey key;
/// ordering (occurredAt, then eventId) is done in memory.</para>
/// </remarks>
public sealed partial class TouchpointStore(CascadeStorage storage)
{
    private TableClient Table => storage.Table(StorageNames.TouchpointsTable);

    /// <summary>The journey key of a person's own touches.</summary>
    public static string PersonJourney(EmailAddress email) => "e:" + TableKeys.Escape(email.Value);

    /// <summary>The journey key of an anonymous visitor's touches (those that carried no e-mail).</summary>
    public static string AnonymousJourney(string anonymousId) => "a:" + TableKeys.Escape(anonymousId);

    public static string JourneyOf(Touchpoint touchpoint)
    {
        ArgumentNullException.ThrowIfNull(touchpoint);
        return touchpoint.Email is { } email ? PersonJourney(email) : AnonymousJourney(touchpoint.AnonymousId!);
    }

    /// <summary>The bucket partition holding a journey key's touches.</summary>
    internal static string BucketOf(string journey) => TableKeys.Bucket("t", journey);

    /// <summary>The row key prefix of a journey key's touches in its bucket.</summary>
    internal static string RowPrefixOf(string journey) => TableKeys.RangePrefix(journey);

    /// <summary>Stores the touchpoints not stored yet; those whose event id is already stored change nothing.</summary>
    public async Task<TouchpointWriteResult> AddAsync(IReadOnlyList<Touchpoint> touchpoints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(touchpoints);
        var inserted = await InsertAsync(touchpoints, cancellationToken);
        return new TouchpointWriteResult(inserted.Count, touchpoints.Count - inserted.Count);
    }

    /// <summary>
    /// As <see cref="AddAsync"/>, answering the touchpoints this call stored, in order: a read gives back exactly those.
    /// The others were stored already, maybe by an earlier delivery with other content, and only a read says what is.
    /// </summary>
    public async Task<IReadOnlyList<Touchpoint>> InsertAsync(IReadOnlyList<Touchpoint> touchpoints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(touchpoints);
        var present = await InsertIfAbsent.RunAsync(Table, touchpoints.Select(ToEntity).ToList<ITableEntity>(), cancellationToken);
        return touchpoints.Where((_, i) => !present[i]).ToList();
    }

    /// <summary>The touches that carried the person's e-mail, chronological.</summary>
    public Task<IReadOnlyList<Touchpoint>> ListByPersonAsync(EmailAddress email, CancellationToken cancellationToken = default) =>
        ListJourneysAsync([PersonJourney(email)], cancellationToken);

    /// <summary>The touches of an anonymous id that carried no e-mail, chronological.</summary>
    public Task<IReadOnlyList<Touchpoint>> ListByAnonymousIdAsync(string anonymousId, CancellationToken cancellationToken = default) =>
        ListJourneysAsync([AnonymousJourney(anonymousId)], cancellationToken);

    /// <summary>A person's journey: their own touches and those of the anonymous ids stitched to them, chronological.</summary>
    public Task<IReadOnlyList<Touchpoint>> ListJourneyAsync(
        EmailAddress email, IEnumerable<string> stitchedAnonymousIds, CancellationToken cancellationToken = default) =>
        ListJourneysAsync([PersonJourney(email), .. stitchedAnonymousIds.Select(AnonymousJourney)], cancellationToken);

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

    private async Task<IReadOnlyList<Touchpoint>> ListJourneysAsync(IEnumerable<string> journeys, CancellationToken cancellationToken)
    {
        var reads = journeys.Distinct(StringComparer.Ordinal)
            .Select(j => TableQueries.RowPrefixAsync<TouchpointEntity>(Table, BucketOf(j), RowPrefixOf(j), cancellationToken));
        var rows = await Task.WhenAll(reads);
        var touches = rows.SelectMany(r => r).Select(ToDomain).ToList();
        touches.Sort(Touchpoint.Chronological);
        return touches;
    }
}
