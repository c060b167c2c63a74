using Cascade.Domain.Spend;

namespace Cascade.Domain.Tests.Spend;

public sealed class SpendEntryTests
{
    private static readonly SpendMonth March = SpendMonth.Parse("2026-03");

    [Fact]
    public void LastPerCell_SameCellTwice_KeepsTheLastInTheFirstPlace()
    {
        var entries = new[]
        {
            new SpendEntry(March, "paid_search", "brand", 100m),
            new SpendEntry(March, "paid_search", null, 50m),
            new SpendEntry(March, "paid_search", "brand", 120.50m),
        };

        Assert.Equal([entries[2], entries[1]], SpendEntry.LastPerCell(entries));
    }

    [Fact]
    public void LastPerCell_NoCampaignAndACampaign_AreDifferentCells()
    {
        var entries = new[] { new SpendEntry(March, "email", null, 1m), new SpendEntry(March, "email", "nurture", 2m) };

        Assert.Equal(entries, SpendEntry.LastPerCell(entries));
    }
}
