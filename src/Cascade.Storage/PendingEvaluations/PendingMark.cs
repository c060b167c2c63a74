using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;

namespace Cascade.Storage.PendingEvaluations;

/// <summary>
/// A request to mark <see cref="Email"/> due for evaluation, from <see cref="Since"/> (null: from the start).
/// <see cref="TouchesOnly"/>: new touches alone asked for it; <see cref="Touches"/>: those touches, exactly as stored, for
/// the mark to carry (<see cref="PendingEvaluationStore"/>), or null when the evaluation must read them.
/// </summary>
public sealed record PendingMark(EmailAddress Email, DateTimeOffset? Since, bool TouchesOnly = false, IReadOnlyList<Touchpoint>? Touches = null);
