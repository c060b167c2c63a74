using Cascade.Domain.Attribution;
using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Tests.Attribution;

public sealed class TouchpointIndexTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly EmailAddress Ada = EmailAddress.Parse("ada@gmail.com");

    [Fact]
    public void AccountOf_LatestAccountDomainWins_ElseNoneForFreeMail()
    {
        var bob = EmailAddress.Parse("bob@gmail.com");
        var index = TouchpointIndex.Build(
        [
            Touchpoint.Create("e2", T0.AddDays(2), "form_fill", Ada, accountDomain: "globex.com"),
            Touchpoint.Create("e1", T0.AddDays(1), "form_fill", Ada, accountDomain: "acme.com"),
            Touchpoint.Create("e3", T0.AddDays(3), "email_open", Ada),
            Touchpoint.Create("e4", T0, "form_fill", bob),
        ]);

        Assert.Equal("globex.com", index.AccountOf(Ada));
        Assert.Null(index.AccountOf(bob));
        Assert.Equal([Ada], index.PeopleOf("globex.com"));
    }

    [Fact]
    public void Build_StitchedCookie_BelongsToThePersonAndOtherCookiesStayAnonymous()
    {
        var index = TouchpointIndex.Build(
        [
            Touchpoint.Create("e1", T0, "page_view", anonymousId: "c1"),
            Touchpoint.Create("e2", T0.AddDays(1), "form_fill", Ada, "c1"),
            Touchpoint.Create("e3", T0, "page_view", anonymousId: "c2"),
            Touchpoint.Create("e3", T0, "page_view", anonymousId: "c2"),
        ]);

        Assert.Equal(["e1", "e2"], index.TouchesOf(Ada).Select(t => t.EventId));
        Assert.Equal(["c2"], index.AnonymousVisitors);
        Assert.Single(index.TouchesOfVisitor("c2"));
    }
}
