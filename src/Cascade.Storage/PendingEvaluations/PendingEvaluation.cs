using Azure;
using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;

namespace Cascade.Storage.PendingEvaluations;

/// <summary>
/// One stored request to re-evaluate <see cref="Email"/>; <see cref="ETag"/> is the version read, so that clearing it
/// never clears a newer request for the same person and instant. <see cref="TouchesOnly"/>: only new touches asked for it;
/// <see cref="Touches"/>: those touches, when the mark carries them (null when it does not).
/// </summary>
public sealed record PendingEvaluation(
    EmailAddress Email, DateTimeOffset? Since, string Shard, string RowKey, ETag ETag, bool TouchesOnly = false, IReadOnlyList<Touchpoint>? Touches = null);
