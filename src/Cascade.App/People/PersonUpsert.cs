using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;

namespace Cascade.App.People;

/// <summary>
/// A profile imported or entered by sales (<c>POST /api/people</c>): it identifies the person (anonymous →
/// known) at <see cref="At"/> and its profile counts in scoring from then on.
/// </summary>
public sealed record PersonUpsert(EmailAddress Email, Profile Profile, string? AccountDomain, PersonOrigin Origin, DateTimeOffset? At);
