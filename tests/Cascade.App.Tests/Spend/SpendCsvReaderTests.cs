using System.Text;
using Cascade.App.Spend;

namespace Cascade.App.Tests.Spend;

public sealed class SpendCsvReaderTests
{
    private const string Header = "month,channel,campaign,amount,currency\n";

    [Fact]
    public void Read_GoodFile_GivesEveryRowExactly()
    {
        var read = Read(Header + "2026-03,Paid_Search,brand,1234.56,EUR\r\n\r\n2026-03,events,\"Summit, \"\"Berlin\"\"\",0.10,eur\n2026-04,email,,99,EUR\n");

        Assert.True(read.IsValid);
        var entries = read.Value!;
        Assert.Equal(3, entries.Count);
        Assert.Equal(("2026-03", "paid_search", "brand", 1234.56m), (entries[0].Month.ToString(), entries[0].Channel, entries[0].Campaign, entries[0].Amount));
        Assert.Equal("Summit, \"Berlin\"", entries[1].Campaign);
        Assert.Equal(0.10m, entries[1].Amount);
        Assert.Null(entries[2].Campaign);
    }

    [Fact]
    public void Read_WrongHeader_IsRefusedOnLineOne()
    {
        var read = Read("month,channel,amount,currency\n2026-03,email,10,EUR\n");

        Assert.False(read.IsValid);
        Assert.Equal(["line 1"], read.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void Read_BadRows_ReportsEveryErrorAgainstItsLine()
    {
        var read = Read(Header
            + "2026-03,email,,10.00,EUR\n"
            + "2026-13,email,,10.00,EUR\n"
            + "2026-03,email,,-5.00,EUR\n"
            + "2026-03,email,,5.00,USD\n"
            + "2026-03,,,1.005,EUR\n"
            + "2026-03,email,\"open\n"
            + "2026-03,email,10,EUR\n"
            + "March,email,,ten,EUR\n");

        Assert.False(read.IsValid);
        Assert.Equal(
            ["line 3.month", "line 4.amount", "line 5.currency", "line 6.amount", "line 6.channel", "line 7", "line 8", "line 9.amount", "line 9.month"],
            read.Errors.ToDictionary().Keys);
        Assert.Equal("must not be negative.", read.Errors.ToDictionary()["line 4.amount"].Single());
        Assert.Equal("must be the workspace currency EUR.", read.Errors.ToDictionary()["line 5.currency"].Single());
    }

    [Fact]
    public void Read_5001Rows_IsRefusedAtTheFirstLinePastTheLimit()
    {
        var text = new StringBuilder(Header);
        for (var i = 0; i < 5001; i++)
        {
            text.Append("2026-03,email,c").Append(i).Append(",1.00,EUR\n");
        }

        var read = Read(text.ToString());

        Assert.False(read.IsValid);
        Assert.Equal(["line 5002"], read.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void Read_5000Rows_IsAccepted()
    {
        var text = new StringBuilder(Header);
        for (var i = 0; i < 5000; i++)
        {
            text.Append("2026-03,email,c").Append(i).Append(",1.00,EUR\n");
        }

        Assert.Equal(5000, Read(text.ToString()).Value!.Count);
    }

    [Fact]
    public void Read_HeaderOnly_AsksForARow()
    {
        Assert.Equal(["line 2"], Read(Header).Errors.ToDictionary().Keys);
    }

    private static Cascade.App.Validation.Validated<IReadOnlyList<Domain.Spend.SpendEntry>> Read(string text) =>
        SpendCsvReader.Read(Encoding.UTF8.GetBytes(text), "EUR");
}
