using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.Tables;
using Cascade.Storage.Touchpoints;

namespace Cascade.Storage.PendingEvaluations;

/// <summary>
/// The <c>PendingEvaluations</c> table: the people whose facts changed since they were last evaluated — a dirty set, so
/// that a person named by many messages in a burst is evaluated once per sweep instead of once per message.
/// </summary>
/// <remarks>
/// <para>Keys: PartitionKey = one of <see cref="TableKeys.Buckets"/> shards (<c>s0</c>–<c>sf</c>, from a hash of the e-mail), so a
/// burst's marks go out as at most 16 entity-group transactions and one query lists a shard. RowKey =
/// <c>{escaped e-mail}|{since ticks, 0 for from the start}</c>, with <c>|t</c> after it for a touches-only mark: marks of
/// the same person, instant and kind collapse into one row; different instants stay apart so that the earliest is never
/// overwritten, and a touches-only mark never overwrites a full one (a sweep evaluates a person fully when any of
/// their marks is full).</para>
/// <para>A touches-only mark may carry its touches, exactly as stored (<see cref="JourneyTouch"/>, compressed into one
/// binary column of at most 64 KiB; more are not carried): the evaluation then adds them to the journey the person's
/// profile keeps instead of reading the person's touch ranges. Such a mark's RowKey ends with <c>|</c> and a digest of
/// its event ids, so that another message's touches of the same person and instant never overwrite it, while a
/// redelivered message writes the same row again. The marks carry personal data: an erasure removes the person's
/// (<see cref="ForgetAsync"/>).</para>
/// <para>A sweep lists a shard, evaluates, then <see cref="ClearAsync"/> deletes each row only if it still has the
/// version it read: a mark written during the evaluation changes the version, so it survives for the next sweep.</para>
/// </remarks>
public sealed class PendingEvaluationStore(CascadeStorage storage)
{
    private const string ShardPrefix = "s";

    private TableClient Table => storage.Table(StorageNames.PendingEvaluationsTable);

    /// <summary>Every shard, in order.</summary>
    public static IReadOnlyList<string> AllShards { get; } = TableKeys.AllBuckets(ShardPrefix);

    public static string ShardOf(EmailAddress email) => TableKeys.Bucket(ShardPrefix, email.Value);

    /// <summary>Marks the people as due for evaluation; answers the shards written, to be swept.</summary>
    public async Task<IReadOnlyList<string>> MarkAsync(IEnumerable<PendingMark> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var entities = requests.Select(ToEntity).DistinctBy(e => (e.PartitionKey, e.RowKey)).ToList();
        await EntityGroups.SubmitAsync(
            Table, entities.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);
        return entities.Select(e => e.PartitionKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The marks of <paramref name="shard"/>, with the versions to clear them by.</summary>
    public async Task<IReadOnlyList<PendingEvaluation>> ListAsync(string shard, CancellationToken cancellationToken = default)
    {
        var rows = await TableQueries.PartitionAsync<PendingEvaluationEntity>(Table, shard, cancellationToken);
        return rows.Select(r => new PendingEvaluation(
                EmailAddress.Parse(r.Email),
                r.Since,
                r.PartitionKey,
                r.RowKey,
                r.ETag,
                r.TouchesOnly == true,
                r.TouchesOnly == true && r.Touches is { } carried ? JourneyTouch.Decode([carried]) : null))
            .ToList();
    }

    /// <summary>Removes every mark of <paramref name="email"/> (an erasure: a mark may carry their touches).</summary>
    public async Task ForgetAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        var rows = await TableQueries.RowPrefixAsync<TableEntity>(Table, ShardOf(email), TableKeys.Escape(email.Value) + "|", cancellationToken);
        await EntityGroups.SubmitAsync(
            Table, rows.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), cancellationToken);
    }

    /// <summary>
    /// Deletes the marks that still have the version read; one marked again since then, or already cleared by a
    /// concurrent sweep, is left alone.
    /// </summary>
    public async Task ClearAsync(IReadOnlyList<PendingEvaluation> done, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(done);
        await EntityGroups.DeleteAsync(
            Table, done.Select(d => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(d.Shard, d.RowKey), d.ETag)), cancellationToken);
    }

    private static PendingEvaluationEntity ToEntity(PendingMark mark)
    {
        var carried = mark.TouchesOnly && mark.Touches is { Count: > 0 } touches
            ? JourneyTouch.Encode(touches, maxParts: 1)?.Single()
            : null;
        var rowKey = RowKeyOf(mark.Email, mark.Since, mark.TouchesOnly);
        return new PendingEvaluationEntity
        {
            PartitionKey = ShardOf(mark.Email),
            RowKey = carried is null ? rowKey : rowKey + "|" + DigestOf(mark.Touches!),
            Email = mark.Email.Value,
            Since = mark.Since?.ToUniversalTime(),
            TouchesOnly = mark.TouchesOnly ? true : null,
            Touches = carried,
        };
    }

    // From the start (null) is the instant of tick 0, so it sorts and keys like any other instant.
    private static string RowKeyOf(EmailAddress email, DateTimeOffset? since, bool touchesOnly) =>
        TableKeys.Escape(email.Value) + "|" + TableKeys.Instant(since ?? DateTimeOffset.MinValue) + (touchesOnly ? "|t" : string.Empty);

    private static string DigestOf(IEnumerable<Touchpoint> touches) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', touches.Select(t => t.EventId).Order(StringComparer.Ordinal)))))[..16];
}
