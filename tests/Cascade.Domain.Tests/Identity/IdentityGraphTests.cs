using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Tests.Identity;

public sealed class IdentityGraphTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void PersonOf_AnonymousTouchBeforeStitch_BelongsToThePerson()
    {
        var early = Touchpoint.Create("e1", T0, "page_view", anonymousId: "a1");
        var stitch = Touchpoint.Create("e2", T0.AddDays(1), "form_fill", EmailAddress.Parse("ada@acme.com"), "a1");

        var graph = IdentityGraph.Build([early, stitch]);

        Assert.Equal(EmailAddress.Parse("ada@acme.com"), graph.PersonOf(early));
    }

    [Fact]
    public void Build_TwoEmailsOnOneCookie_FirstByOccurrenceKeepsIt_WhateverTheArrivalOrder()
    {
        var first = Touchpoint.Create("e1", T0, "form_fill", EmailAddress.Parse("ada@acme.com"), "a1");
        var second = Touchpoint.Create("e2", T0.AddHours(1), "form_fill", EmailAddress.Parse("bob@acme.com"), "a1");

        Assert.Equal(EmailAddress.Parse("ada@acme.com"), IdentityGraph.Build([first, second]).OwnerOf("a1"));
        Assert.Equal(EmailAddress.Parse("ada@acme.com"), IdentityGraph.Build([second, first]).OwnerOf("a1"));
    }

    [Fact]
    public void PersonOf_NeverIdentifiedVisitor_IsNull()
    {
        var visit = Touchpoint.Create("e1", T0, "page_view", anonymousId: "a9");

        Assert.Null(IdentityGraph.Build([visit]).PersonOf(visit));
    }

    [Fact]
    public void AnonymousIdsOf_ListsEveryStitchedCookie()
    {
        var ada = EmailAddress.Parse("ada@acme.com");
        var graph = IdentityGraph.Build(
        [
            Touchpoint.Create("e1", T0, "form_fill", ada, "a2"),
            Touchpoint.Create("e2", T0, "form_fill", ada, "a1"),
        ]);

        Assert.Equal(["a1", "a2"], graph.AnonymousIdsOf(ada));
    }
}
