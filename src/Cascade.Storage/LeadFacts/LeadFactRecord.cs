using Cascade.Domain.Identity;

namespace Cascade.Storage.LeadFacts;

/// <summary>
/// A fact about a lead that is not a touchpoint: a profile import or sales entry, or an applied sales
/// action. <see cref="Kind"/> and <see cref="Json"/> belong to the application layer, which reads them back.
/// <see cref="Id"/> makes a redelivered fact a no-op.
/// </summary>
public sealed record LeadFactRecord(EmailAddress Email, string Kind, string Id, DateTimeOffset At, string Json);
