using Cascade.Domain.Pipeline;

namespace Cascade.Domain.Tests.Pipeline;

public sealed class QuarterTests
{
    [Theory]
    [InlineData("2026-Q1", 1, "2026-01-01", "2026-04-01")]
    [InlineData("2026-Q4", 1, "2026-10-01", "2027-01-01")]
    // Fiscal years are named after the calendar year they end in.
    [InlineData("2027-Q1", 2, "2026-02-01", "2026-05-01")]
    [InlineData("2027-Q4", 2, "2026-11-01", "2027-02-01")]
    [InlineData("2026-Q1", 7, "2025-07-01", "2025-10-01")]
    [InlineData("2026-Q3", 7, "2026-01-01", "2026-04-01")]
    [InlineData("2026-Q4", 12, "2026-09-01", "2026-12-01")]
    public void TryParse_Quarter_HasBoundaries(string text, int startMonth, string start, string end)
    {
        Assert.True(Quarter.TryParse(text, FiscalCalendar.StartingIn(startMonth), out var quarter));

        Assert.Equal(OpportunityBuilder.Instant(start), quarter.Start);
        Assert.Equal(OpportunityBuilder.Instant(end), quarter.End);
        Assert.Equal(TimeSpan.Zero, quarter.Start.Offset);
        Assert.Equal(text, quarter.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-Q0")]
    [InlineData("2026-Q5")]
    [InlineData("2026Q1")]
    [InlineData("2026-q1")]
    [InlineData("26-Q1")]
    [InlineData(" 2026-Q1")]
    [InlineData("2026-Q1 ")]
    [InlineData("+026-Q1")]
    [InlineData("0001-Q1")]
    [InlineData("9999-Q1")]
    [InlineData("２０２６-Q1")]
    public void TryParse_NotAQuarter_ReturnsFalse(string? text) =>
        Assert.False(Quarter.TryParse(text, out _));

    [Theory]
    [InlineData("2026-01-01T00:00:00Z", 1, "2026-Q1")]
    [InlineData("2026-03-31T23:59:59.9999999Z", 1, "2026-Q1")]
    [InlineData("2026-04-01T00:00:00Z", 1, "2026-Q2")]
    [InlineData("2026-04-01T01:00:00+02:00", 1, "2026-Q1")]
    [InlineData("2026-12-31T23:59:59Z", 1, "2026-Q4")]
    [InlineData("2026-01-31T12:00:00Z", 2, "2026-Q4")]
    [InlineData("2026-02-01T00:00:00Z", 2, "2027-Q1")]
    [InlineData("2025-07-01T00:00:00Z", 7, "2026-Q1")]
    [InlineData("2025-06-30T23:00:00Z", 7, "2025-Q4")]
    public void Of_Instant_IsTheQuarterHoldingItInUtc(string instant, int startMonth, string expected) =>
        Assert.Equal(expected, Quarter.Of(OpportunityBuilder.Instant(instant), FiscalCalendar.StartingIn(startMonth)).ToString());

    [Theory]
    [InlineData("2026-05-08", 1, "2026-Q2")]
    [InlineData("2026-09-30", 1, "2026-Q3")]
    [InlineData("2026-10-01", 10, "2027-Q1")]
    [InlineData("2026-09-30", 10, "2026-Q4")]
    public void Of_Date_IsTheQuarterHoldingIt(string date, int startMonth, string expected) =>
        Assert.Equal(expected, Quarter.Of(OpportunityBuilder.Date(date), FiscalCalendar.StartingIn(startMonth)).ToString());

    [Theory]
    [InlineData("2026-Q1", 1, "2026-Q2")]
    [InlineData("2026-Q4", 1, "2027-Q1")]
    [InlineData("2026-Q1", -1, "2025-Q4")]
    [InlineData("2026-Q3", 4, "2027-Q3")]
    [InlineData("2026-Q3", -9, "2024-Q2")]
    [InlineData("2026-Q3", 0, "2026-Q3")]
    public void Plus_Quarters_MovesAcrossYears(string from, int quarters, string expected) =>
        Assert.Equal(expected, Quarter.Parse(from).Plus(quarters).ToString());

    [Fact]
    public void NextAndPrevious_AreAdjacent()
    {
        var q = Quarter.Parse("2026-Q1", FiscalCalendar.StartingIn(4));

        Assert.Equal(q.End, q.Next().Start);
        Assert.Equal(q.Start, q.Previous().End);
        Assert.Equal(q, q.Next().Previous());
    }

    [Fact]
    public void Quarters_CompareInTimeOrder()
    {
        Assert.True(Quarter.Parse("2025-Q4") < Quarter.Parse("2026-Q1"));
        Assert.True(Quarter.Parse("2026-Q2") > Quarter.Parse("2026-Q1"));
    }

    [Fact]
    public void Equality_DependsOnCalendar() =>
        Assert.NotEqual(Quarter.Parse("2026-Q1"), Quarter.Parse("2026-Q1", FiscalCalendar.StartingIn(2)));

    [Fact]
    public void Quarters_TileTheTimeline_ForEveryStartMonth()
    {
        for (var month = 1; month <= 12; month++)
        {
            var calendar = FiscalCalendar.StartingIn(month);
            var q = Quarter.Of(OpportunityBuilder.Instant("2020-01-01"), calendar);
            for (var i = 0; i < 40; i++, q = q.Next())
            {
                Assert.Equal(q, Quarter.Of(q.Start, calendar));
                Assert.Equal(q, Quarter.Of(q.End.AddTicks(-1), calendar));
                if (q.Number == 1)
                {
                    Assert.Equal(month, q.Start.Month);
                }

                if (q.Number == 4)
                {
                    // Named after the calendar year the fiscal year ends in.
                    Assert.Equal(q.FiscalYear, q.End.AddTicks(-1).Year);
                }
            }
        }
    }
}
