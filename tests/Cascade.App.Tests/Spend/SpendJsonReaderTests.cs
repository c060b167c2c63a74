using System.Text;
using Cascade.App.Spend;

namespace Cascade.App.Tests.Spend;

public sealed class SpendJsonReaderTests
{
    [Fact]
    public void Read_GoodArray_KeepsCentsExactly()
    {
        var read = SpendJsonReader.Read(Bytes("""
            [{ "month": "2026-03", "channel": "paid_search", "campaign": "brand", "amount": 0.1, "currency": "EUR" },
             { "month": "2026-03", "channel": "email", "amount": 1000000000000, "currency": "EUR" }]
            """), "EUR");

        Assert.True(read.IsValid);
        Assert.Equal([0.1m, 1_000_000_000_000m], read.Value!.Select(e => e.Amount));
        Assert.Null(read.Value![1].Campaign);
    }

    [Fact]
    public void Read_BadItems_ReportsEveryErrorAgainstItsIndex()
    {
        var read = SpendJsonReader.Read(Bytes("""
            [{ "month": "2026-03", "channel": "email", "amount": 10, "currency": "EUR" },
             { "month": "2026/03", "channel": "email", "amount": -1, "currency": "USD" },
             { "channel": 5, "amount": "10", "currency": "EUR" }]
            """), "EUR");

        Assert.False(read.IsValid);
        var keys = read.Errors.ToDictionary().Keys;
        Assert.Equal(["[1].amount", "[1].currency", "[1].month", "[2].amount", "[2].channel", "[2].month"], keys);
    }

    [Fact]
    public void Read_5001Items_IsRefused()
    {
        var items = string.Join(',', Enumerable.Repeat("""{"month":"2026-03","channel":"email","amount":1,"currency":"EUR"}""", 5001));

        Assert.False(SpendJsonReader.Read(Bytes("[" + items + "]"), "EUR").IsValid);
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
