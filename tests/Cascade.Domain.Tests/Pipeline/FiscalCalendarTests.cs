using Cascade.Domain.Pipeline;

namespace Cascade.Domain.Tests.Pipeline;

public sealed class FiscalCalendarTests
{
    [Fact]
    public void Default_IsCalendarYear() =>
        Assert.Equal(1, default(FiscalCalendar).StartMonth);

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(-1)]
    public void StartingIn_MonthOutOfRange_Throws(int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendar.StartingIn(month));

    [Fact]
    public void StartingIn_January_EqualsCalendar() =>
        Assert.Equal(FiscalCalendar.Calendar, FiscalCalendar.StartingIn(1));
}
