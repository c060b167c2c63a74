using Cascade.Domain.Spend;

namespace Cascade.Domain.Tests.Spend;

public sealed class SpendMonthTests
{
    [Theory]
    [InlineData("2026-03", true)]
    [InlineData("2026-12", true)]
    [InlineData("2026-13", false)]
    [InlineData("2026-00", false)]
    [InlineData("2026-3", false)]
    [InlineData("2026/03", false)]
    [InlineData("26-03", false)]
    [InlineData("1999-12", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_AcceptsOnlyYearDashMonth(string? text, bool valid)
    {
        Assert.Equal(valid, SpendMonth.TryParse(text, out var month));
        if (valid)
        {
            Assert.Equal(text, month.ToString());
        }
    }

    [Fact]
    public void Between_GivesTheMonthsOfAHalfOpenPeriod()
    {
        var from = new DateTimeOffset(2025, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(["2025-11", "2025-12", "2026-01"], SpendMonth.Between(from, to).Select(m => m.ToString()));
    }

    [Theory]
    [InlineData("2026-03-01T00:00:00Z", true)]
    [InlineData("2026-03-02T00:00:00Z", false)]
    [InlineData("2026-03-01T00:00:01Z", false)]
    [InlineData("2026-03-01T00:00:00+01:00", false)]
    public void IsBoundary_IsTheFirstInstantOfAUtcMonth(string instant, bool expected)
    {
        Assert.Equal(expected, SpendMonth.IsBoundary(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
