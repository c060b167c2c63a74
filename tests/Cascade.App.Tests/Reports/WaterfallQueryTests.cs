using System.Text.Json;
using Cascade.App.Reads;
using Cascade.App.Reports.Waterfall;
using Cascade.App.Tests.Reads;
using Cascade.Testing.Scenarios;
using Cascade.Testing.Storage;

namespace Cascade.App.Tests.Reports;

[Collection(ReadsCollection.Name)]
public sealed class WaterfallQueryTests(AzuriteFixture azurite)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static TheoryData<string> Quarters() => [.. Scenario.A.Quarters];

    [Theory]
    [MemberData(nameof(Quarters))]
    public async Task GetAsync_ScenarioQuarter_MatchesEveryFigure(string quarter)
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);

        var result = await workspace.Waterfall.GetAsync(quarter);

        Assert.True(result.IsFound);
        AssertMatches(Scenario.A.Expected.GetProperty("waterfall").GetProperty(quarter), result.Value!);
    }

    [Theory]
    [InlineData("2026-Q0")]
    [InlineData("Q1-2026")]
    public async Task GetAsync_BadQuarter_NamesTheParameter(string quarter)
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);

        var result = await workspace.Waterfall.GetAsync(quarter);

        Assert.Equal(ReadOutcome.Invalid, result.Outcome);
        Assert.Equal(["quarter"], result.Errors.ToDictionary().Keys);
    }

    /// <summary>Every figure, item and count of the expected JSON, compared on the view serialised as the API writes it.</summary>
    internal static void AssertMatches(JsonElement expected, WaterfallView view)
    {
        var actual = JsonSerializer.SerializeToElement(view, Web);
        Assert.Equal(expected.GetProperty("quarter").GetString(), actual.GetProperty("quarter").GetString());
        foreach (var figure in new[] { "starting", "new", "valueChange", "closedWon", "closedLost", "ending" })
        {
            Assert.Equal(expected.GetProperty(figure).GetDecimal(), actual.GetProperty(figure).GetDecimal());
        }

        foreach (var group in new[] { "valueChangeItems", "counts" })
        {
            foreach (var item in expected.GetProperty(group).EnumerateObject())
            {
                Assert.Equal(item.Value.GetDecimal(), actual.GetProperty(group).GetProperty(item.Name).GetDecimal());
            }
        }

        Assert.Equal(view.Ending, view.ByCloseQuarter.Sum(b => b.Amount));
        Assert.Equal(view.Counts.Ending, view.ByCloseQuarter.Sum(b => b.Count));
    }
}
