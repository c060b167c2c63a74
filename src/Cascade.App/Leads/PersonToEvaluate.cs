using Cascade.Domain.Identity;

namespace Cascade.App.Leads;

/// <summary>
/// A person a sweep evaluates; <see cref="TouchesOnly"/> when every mark that asked for it was left by new touches
/// alone (no stitch that moved a cookie, no import, sales action or opportunity naming them).
/// </summary>
public sealed record PersonToEvaluate(EmailAddress Email, bool TouchesOnly = false);
