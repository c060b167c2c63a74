using System.Globalization;
using Cascade.App.Reports.Csv;

namespace Cascade.App.Tests.Reports;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("carriage\rreturn", "\"carriage\rreturn\"")]
    [InlineData("", "")]
    [InlineData(" spaced ", " spaced ")]
    public void Row_Field_IsQuotedOnlyWhenItMustBe(string field, string written) =>
        Assert.Equal(written + "\r\n", new CsvWriter().Row(field).ToString());

    [Fact]
    public void Row_SeveralRecords_EndEachWithCrlf() =>
        Assert.Equal("a,b\r\n1,2\r\n", new CsvWriter().Row("a", "b").Row(1, 2).ToString());

    [Fact]
    public void Row_Values_AreWrittenInvariantWhateverTheCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            var csv = new CsvWriter()
                .Row(1234.5m, 0.1 + 0.2, -3, true, null, new DateTimeOffset(2026, 1, 2, 4, 4, 5, TimeSpan.FromHours(1)))
                .ToString();

            Assert.Equal("1234.5,0.30000000000000004,-3,true,,2026-01-02T03:04:05Z\r\n", csv);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
