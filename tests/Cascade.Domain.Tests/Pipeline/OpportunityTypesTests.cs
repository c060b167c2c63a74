using Cascade.Domain.Pipeline;

namespace Cascade.Domain.Tests.Pipeline;

public sealed class OpportunityTypesTests
{
    private static readonly DateTimeOffset Created = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, new int[0], OpportunityType.NewBusiness)]
    [InlineData(null, new[] { 1 }, OpportunityType.NewBusiness)]
    [InlineData(null, new[] { 0 }, OpportunityType.Expansion)]
    [InlineData(null, new[] { 1, -30 }, OpportunityType.Expansion)]
    [InlineData(OpportunityType.Renewal, new int[0], OpportunityType.Renewal)]
    [InlineData(OpportunityType.NewBusiness, new[] { -30 }, OpportunityType.NewBusiness)]
    public void Derive_SentOrFromTheAccountsWins(OpportunityType? sent, int[] wonDaysFromCreation, OpportunityType expected) =>
        Assert.Equal(expected, OpportunityTypes.Derive(sent, Created, wonDaysFromCreation.Select(d => Created.AddDays(d))));

    [Theory]
    [InlineData("new_business", OpportunityType.NewBusiness)]
    [InlineData(" Expansion ", OpportunityType.Expansion)]
    [InlineData("RENEWAL", OpportunityType.Renewal)]
    public void TryParse_WireNames_RoundTrip(string name, OpportunityType type)
    {
        Assert.True(OpportunityTypes.TryParse(name, out var parsed));
        Assert.Equal(type, parsed);
        Assert.True(OpportunityTypes.TryParse(type.ToName(), out var again));
        Assert.Equal(type, again);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("upsell")]
    public void TryParse_Anything_Else_IsFalse(string? name) => Assert.False(OpportunityTypes.TryParse(name, out _));

    [Fact]
    public void Of_AnUpsellAfterAWin_IsExpansionWhateverTheArrivalOrder()
    {
        var first = History(Deal("first", Created.AddDays(-60)), Deal("first", Created.AddDays(-60)) with
        {
            Status = OpportunityStatus.Won, UpdatedAt = Created.AddDays(-10), ClosedAt = Created.AddDays(-10),
        });
        var upsell = History(Deal("upsell", Created));

        Assert.Equal(OpportunityType.Expansion, OpportunityTypes.Of(upsell, [first, upsell]));
        Assert.Equal(OpportunityType.Expansion, OpportunityTypes.Of(upsell, [upsell, first]));
        Assert.Equal(OpportunityType.NewBusiness, OpportunityTypes.Of(first, [first, upsell]));
    }

    [Fact]
    public void Of_AWinReopenedOrOfAnotherAccount_DoesNotMakeAnExpansion()
    {
        var reopened = History(
            Deal("a", Created.AddDays(-60)),
            Deal("a", Created.AddDays(-60)) with { Status = OpportunityStatus.Won, UpdatedAt = Created.AddDays(-20), ClosedAt = Created.AddDays(-20) },
            Deal("a", Created.AddDays(-60)) with { UpdatedAt = Created.AddDays(-5) });
        var elsewhere = History(Deal("b", Created.AddDays(-60)) with
        {
            AccountDomain = "other.example", Status = OpportunityStatus.Won, UpdatedAt = Created.AddDays(-20), ClosedAt = Created.AddDays(-20),
        });
        var deal = History(Deal("c", Created));

        Assert.Equal(OpportunityType.NewBusiness, OpportunityTypes.Of(deal, [reopened, elsewhere, deal]));
    }

    [Fact]
    public void Of_TheLatestVersionThatNamesAType_Wins()
    {
        var deal = History(
            Deal("a", Created) with { Type = OpportunityType.Expansion },
            Deal("a", Created) with { Type = OpportunityType.Renewal, UpdatedAt = Created.AddDays(1) },
            Deal("a", Created) with { UpdatedAt = Created.AddDays(2) });

        Assert.Equal(OpportunityType.Renewal, OpportunityTypes.Of(deal, []));
    }

    private static Opportunity Deal(string id, DateTimeOffset createdAt) => new()
    {
        OpportunityId = id,
        AccountDomain = "acme.example",
        Amount = 1000m,
        CloseDate = DateOnly.FromDateTime(createdAt.UtcDateTime).AddDays(90),
        Status = OpportunityStatus.Open,
        CreatedAt = createdAt,
        UpdatedAt = createdAt,
    };

    private static OpportunityHistory History(params Opportunity[] versions) => OpportunityHistory.FromArrivals(versions)[0];
}
