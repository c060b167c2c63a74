using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Tests.Pipeline;

/// <summary>api.md sourcing <c>openInfluenced</c>: one instant per deal decides at which period ends it counts.</summary>
public sealed class OpenInfluenceTests
{
    // Open since 10 January, won on 1 March.
    private static readonly OpportunityHistory Won = new OpportunityBuilder("w", "2026-01-10", 1000m, "2026-03-31").Update("2026-02-01", amount: 1500m).Won("2026-03-01").Build();

    // Open since 10 January, still open.
    private static readonly OpportunityHistory Open = new OpportunityBuilder("o", "2026-01-10", 700m, "2026-06-30").Build();

    [Fact]
    public void FirstTouch_SalesOrBeforeCreationOrAfterTheFinalClose_IsNotCounted()
    {
        var touches = new[]
        {
            Touch("before", "2026-01-05"),
            Touch("at-creation", "2026-01-10"),
            Touch("sales", "2026-01-12", Origin.Sales),
            Touch("second", "2026-02-20"),
            Touch("first", "2026-01-20"),
            Touch("at-close", "2026-03-01"),
        };

        Assert.Equal(OpportunityBuilder.Instant("2026-01-20"), OpenInfluence.FirstTouch(Won, touches));
        Assert.Null(OpenInfluence.FirstTouch(Won, [Touch("at-close", "2026-03-01"), Touch("after", "2026-04-01")]));
        Assert.Equal(OpportunityBuilder.Instant("2026-04-01"), OpenInfluence.FirstTouch(Open, [Touch("after", "2026-04-01")]));
    }

    [Theory]
    [InlineData("2026-01-20", 0, 0)] // the touch is at the period's end, not before it
    [InlineData("2026-01-21", 2, 1700)]
    [InlineData("2026-02-15", 2, 2200)] // each with its amount then
    [InlineData("2026-03-01", 2, 2200)] // still open just before the close
    [InlineData("2026-03-02", 1, 700)]
    public void At_DealsOpenJustBeforeTo_CountWhenTheirFirstTouchIsBefore(string to, int count, decimal amount)
    {
        var figure = OpenInfluence.At(OpportunityBuilder.Instant(to), [Won, Open], _ => OpportunityBuilder.Instant("2026-01-20"));

        Assert.Equal((count, amount), (figure.Count, figure.Amount));
        Assert.Equal(0, OpenInfluence.At(OpportunityBuilder.Instant(to), [Won, Open], _ => null).Count);
    }

    [Theory]
    [InlineData("2026-01-25", true)]  // the person's first touch after creation is new
    [InlineData("2026-01-20", true)]
    [InlineData("2026-02-05", false)] // an earlier one was there already
    public void MayMove_NewFactsFromSince_OnlyWhenThePersonsFirstTouchIsAmongThem(string since, bool expected)
    {
        Touchpoint[] person = [Touch("old", "2026-01-05"), Touch("first", "2026-01-25"), Touch("later", "2026-02-10")];

        Assert.Equal(expected, OpenInfluence.MayMove(Open, OpportunityBuilder.Instant(since), person));
        Assert.True(OpenInfluence.MayMove(Open, null, person));
        Assert.False(OpenInfluence.MayMove(Won, OpportunityBuilder.Instant("2026-03-05"), [Touch("after", "2026-03-10")]));
    }

    [Fact]
    public void FirstTouchOfMember_OnlyForAContactOrAPersonOfTheDealsAccountByTheirOwnTouches()
    {
        var deal = OpportunityHistory.FromArrivals([Open.Current! with { AccountDomain = "acme.example", ContactEmails = [Person("ana@gmail.com")] }])[0];
        IReadOnlyList<Touchpoint> Of(string email, string? lastAccount = null) =>
        [
            Touchpoint.Create("a", OpportunityBuilder.Instant("2026-01-05"), "content_download", Person(email), channel: "email"),
            Touchpoint.Create("b", OpportunityBuilder.Instant("2026-01-25"), "content_download", Person(email), channel: "email", accountDomain: lastAccount),
        ];

        Assert.Equal(OpportunityBuilder.Instant("2026-01-25"), OpenInfluence.FirstTouchOfMember(deal, Of("ana@gmail.com")));
        Assert.Equal(OpportunityBuilder.Instant("2026-01-25"), OpenInfluence.FirstTouchOfMember(deal, Of("bob@acme.example")));
        Assert.Equal(OpportunityBuilder.Instant("2026-01-25"), OpenInfluence.FirstTouchOfMember(deal, Of("cid@partner.example", lastAccount: "acme.example")));
        Assert.Null(OpenInfluence.FirstTouchOfMember(deal, Of("dan@acme.example", lastAccount: "other.example")));
        Assert.Null(OpenInfluence.FirstTouchOfMember(deal, Of("eve@other.example")));
    }

    private static Domain.Identity.EmailAddress Person(string email) => Domain.Identity.EmailAddress.Parse(email);

    private static Touchpoint Touch(string id, string at, Origin origin = Origin.Marketing) =>
        new() { EventId = id, OccurredAt = OpportunityBuilder.Instant(at), Type = "content_download", Channel = "email", Origin = origin };
}
