using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;

namespace Cascade.Domain.Tests.Pipeline;

public sealed class OpportunityNamesTests
{
    private static readonly EmailAddress Ada = EmailAddress.Parse("ada@acme.com");
    private static readonly EmailAddress Bob = EmailAddress.Parse("bob@acme.com");

    private static Opportunity With(params EmailAddress[] contacts) => new()
    {
        OpportunityId = "o1",
        AccountDomain = "acme.com",
        ContactEmails = contacts,
        Amount = 1000m,
        CloseDate = new DateOnly(2026, 6, 30),
        Status = OpportunityStatus.Open,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void Names_WithContacts_OnlyTheContacts()
    {
        Assert.True(With(Ada).Names(Ada, "acme.com"));
        Assert.False(With(Ada).Names(Bob, "acme.com"));
    }

    [Fact]
    public void Names_WithoutContacts_EveryPersonOfTheAccount()
    {
        Assert.True(With().Names(Bob, "acme.com"));
        Assert.False(With().Names(Bob, "other.com"));
        Assert.False(With().Names(Bob, null));
    }
}
