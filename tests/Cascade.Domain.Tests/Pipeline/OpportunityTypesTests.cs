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
}
