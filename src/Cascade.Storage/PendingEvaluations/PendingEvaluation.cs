using Azure;

namespace Cascade.Storage.PendingEvaluations;

/// <summary>
/// One stored request to re-evaluate <see cref="Key"/> (an e-mail or an opportunity id, by the shard's
/// <see cref="PendingKind"/>); <see cref="ETag"/> is the version read, so that clearing it never clears a newer
/// request for the same key and instant.
/// </summary>
public sealed record PendingEvaluation(string Key, DateTimeOffset? Since, string Shard, string RowKey, ETag ETag);
