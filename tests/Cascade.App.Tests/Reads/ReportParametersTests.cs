using Cascade.App.Reads;
using Cascade.Domain.Attribution;
using Cascade.Domain.Pipeline;

namespace Cascade.App.Tests.Reads;

public sealed class ReportParametersTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 14, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Read_NoParameters_GivesTheDefaultsAndTheCurrentQuarter()
    {
        var p = Parameters();

        Assert.Equal(AttributionModel.Linear, p.Model());
        Assert.Equal(AttributionKind.Pipeline, p.Kind());
        Assert.Equal(AttributionGroupBy.Channel, p.GroupBy());
        Assert.Equal(new ReportPeriod(At(2026, 4, 1), At(2026, 7, 1)), p.Period());
        Assert.True(p.IsValid);
    }

    [Fact]
    public void Read_WireNamesAnyCase_AreParsed()
    {
        var p = Parameters(("MODEL", "W_Shaped"), ("kind", "Revenue"), ("groupBy", "campaign"));

        Assert.Equal(AttributionModel.WShaped, p.Model());
        Assert.Equal(AttributionKind.Revenue, p.Kind());
        Assert.Equal(AttributionGroupBy.Campaign, p.GroupBy());
        Assert.True(p.IsValid);
    }

    [Fact]
    public void Period_DatesAndInstants_AreUtc()
    {
        var p = Parameters(("from", "2026-01-31"), ("to", "2026-02-01T09:30:00+02:00"));

        Assert.Equal(new ReportPeriod(At(2026, 1, 31), new DateTimeOffset(2026, 2, 1, 7, 30, 0, TimeSpan.Zero)), p.Period());
        Assert.True(p.IsValid);
    }

    [Fact]
    public void Period_FiscalCalendar_DefaultsToTheFiscalQuarter()
    {
        var p = new ReportParameters(new Dictionary<string, string?>(), FiscalCalendar.StartingIn(2), Now);

        Assert.Equal(new ReportPeriod(At(2026, 5, 1), At(2026, 8, 1)), p.Period());
    }

    [Theory]
    [InlineData("model", "seven_touch")]
    [InlineData("kind", "bookings")]
    [InlineData("groupBy", "country")]
    [InlineData("from", "31/01/2026")]
    [InlineData("to", "2026-02-01T09:30:00")]
    public void Read_BadValue_IsAnErrorNamingTheParameter(string name, string value)
    {
        var p = Parameters((name, value));

        p.Model();
        p.Kind();
        p.GroupBy();
        p.Period();

        Assert.Equal([name], p.Errors.ToDictionary().Keys);
    }

    [Theory]
    [InlineData("2026-03-01", "2026-03-01")]
    [InlineData("2026-03-02", "2026-03-01")]
    public void Period_ToNotAfterFrom_IsAnErrorOnTo(string from, string to)
    {
        var p = Parameters(("from", from), ("to", to));

        p.Period();

        Assert.Equal(["to"], p.Errors.ToDictionary().Keys);
    }

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026Q1")]
    [InlineData("26-Q1")]
    [InlineData(null)]
    public void Quarter_Malformed_IsAnErrorOnQuarter(string? text)
    {
        var p = Parameters();

        p.Quarter(text);

        Assert.Equal(["quarter"], p.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void Quarter_UnderAFiscalCalendar_UsesIt()
    {
        var p = new ReportParameters(new Dictionary<string, string?>(), FiscalCalendar.StartingIn(2), Now);

        var quarter = p.Quarter("2027-Q1");

        Assert.Equal(At(2026, 2, 1), quarter.Start);
    }

    [Theory]
    [InlineData(null, "is required.")]
    [InlineData("-5", "must be a number between 0 and 1,000,000,000,000.")]
    [InlineData("1,000", "must be a number between 0 and 1,000,000,000,000.")]
    public void Money_MissingOrBad_IsAnErrorOnTheParameter(string? value, string message)
    {
        var p = Parameters(("endingTarget", value));

        p.Money("endingTarget");

        Assert.Equal([message], p.Errors.ToDictionary()["endingTarget"]);
    }

    [Fact]
    public void Money_Decimal_IsReadInvariant() =>
        Assert.Equal(1250.5m, Parameters(("wonTarget", "1250.50")).Money("wonTarget"));

    private static ReportParameters Parameters(params (string Name, string? Value)[] values) =>
        new(values.ToDictionary(v => v.Name, v => v.Value), FiscalCalendar.Calendar, Now);

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);
}
