using Cascade.App.People;
using Cascade.Domain.Identity;

namespace Cascade.App.Messages;

/// <summary>A person upsert (import or sales entry) as JSON; <see cref="At"/> is always set by the edge.</summary>
public sealed record PersonDocument(string Email, ProfileDocument Profile, string? AccountDomain, string Origin, DateTimeOffset At)
{
    public static PersonDocument From(PersonUpsert upsert, DateTimeOffset receivedAt) => new(
        upsert.Email.Value,
        ProfileDocument.From(upsert.Profile),
        upsert.AccountDomain,
        upsert.Origin == PersonOrigin.Sales ? "sales" : "import",
        upsert.At ?? receivedAt);

    public EmailAddress EmailAddress => Domain.Identity.EmailAddress.Parse(Email);
}
