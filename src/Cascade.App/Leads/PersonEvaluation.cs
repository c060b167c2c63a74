using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;

namespace Cascade.App.Leads;

/// <summary>
/// How one person's evaluation in a sweep ended: the opportunities whose journeys hold their touches, or why it
/// failed (their mark stays, so they are evaluated again).
/// </summary>
public sealed record PersonEvaluation(EmailAddress Email, IReadOnlyList<OpportunityHistory> Journeys, Exception? Failure = null);
