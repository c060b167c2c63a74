using Cascade.Domain.Spend;

namespace Cascade.Domain.Tests.Spend;

public sealed class ReturnOnInvestmentTests
{
    [Theory]
    [InlineData("100.00", "3", "33.33")]
    [InlineData("200.00", "3", "66.67")]
    [InlineData("0.05", "2", "0.02")] // 0.025: half to even → 0.02
    [InlineData("0.15", "2", "0.08")] // 0.075: half to even → 0.08
    [InlineData("1000000000000.00", "7", "142857142857.14")]
    [InlineData("12345.67", "1", "12345.67")]
    public void CostPer_RoundsHalfToEvenToTheCent(string spend, string results, string expected)
    {
        Assert.Equal(decimal.Parse(expected), ReturnOnInvestment.CostPer(decimal.Parse(spend), decimal.Parse(results)));
    }

    [Theory]
    [InlineData("0", "5")]
    [InlineData("100", "0")]
    public void CostPer_NothingToDivide_IsNull(string spend, string results)
    {
        Assert.Null(ReturnOnInvestment.CostPer(decimal.Parse(spend), decimal.Parse(results)));
    }

    [Theory]
    [InlineData("45000.00", "10000.00", "4.5")]
    [InlineData("1.00", "3.00", "0.3333")]
    [InlineData("2.00", "3.00", "0.6667")]
    [InlineData("0.00005", "1", "0.0000")] // half to even at the fourth decimal
    [InlineData("0.00015", "1", "0.0002")]
    public void Roi_IsAmountOverSpendToFourDecimals(string amount, string spend, string expected)
    {
        Assert.Equal(decimal.Parse(expected), ReturnOnInvestment.Roi(decimal.Parse(amount), decimal.Parse(spend)));
    }

    [Fact]
    public void Roi_WithoutSpend_IsNull()
    {
        Assert.Null(ReturnOnInvestment.Roi(100m, 0m));
    }

    [Fact]
    public void Credit_DropsTheBinaryNoiseOfSummedShares()
    {
        var sum = 0.0;
        for (var i = 0; i < 10; i++)
        {
            sum += 0.1;
        }

        Assert.NotEqual(1.0, sum);
        Assert.Equal(1m, ReturnOnInvestment.Credit(sum));
        Assert.Equal(3333.33m, ReturnOnInvestment.CostPer(9999.99m, ReturnOnInvestment.Credit(sum * 3)));
    }
}
