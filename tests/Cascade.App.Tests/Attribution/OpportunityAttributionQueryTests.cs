using System.Text.Json;
using Cascade.App.Attribution;
using Cascade.App.Reads;
using Cascade.App.Tests.Reads;
using Cascade.Domain.Attribution;
using Cascade.Testing.Scenarios;
using Cascade.Testing.Storage;

namespace Cascade.App.Tests.Attribution;

/// <summary>
/// Scenario A's expected attributions reached through the stored workspace and the query, compared on the
/// JSON the API writes (web defaults): journey order, milestones, credits within 1e-9, money within 0.01 a touch
/// and exact per model, amount, sourced and influenced.
/// </summary>
[Collection(ReadsCollection.Name)]
public sealed class OpportunityAttributionQueryTests(AzuriteFixture azurite)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData("pipeline")]
    [InlineData("revenue")]
    public async Task GetAsync_EveryExpectedOpportunity_MatchesScenarioA(string kind)
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);
        var mismatches = new List<string>();
        foreach (var expected in Scenario.A.Expected.GetProperty(kind).EnumerateObject())
        {
            var result = await workspace.Attribution.GetAsync(expected.Name, SeededWorkspace.Query(("kind", kind)));

            Assert.True(result.IsFound, $"{expected.Name}: {result.Outcome} {result.Detail}");
            var actual = JsonSerializer.SerializeToElement(result.Value, Web);
            mismatches.AddRange(Mismatches(expected.Name, expected.Value, actual));
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Theory]
    [InlineData(AttributionKind.Pipeline)]
    [InlineData(AttributionKind.Revenue)]
    public async Task GetAsync_EveryOpportunity_EqualsTheWholeStoreComputation(AttributionKind kind)
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);
        var analysis = await workspace.Host.Get<IWorkspaceReader>().AnalyzeAsync(SeededWorkspace.Now);
        var name = kind == AttributionKind.Revenue ? "revenue" : "pipeline";

        Assert.NotEmpty(analysis.Attributions(kind));
        foreach (var expected in analysis.Attributions(kind).Select(OpportunityAttributionQuery.ViewOf))
        {
            var actual = (await workspace.Attribution.GetAsync(expected.OpportunityId, SeededWorkspace.Query(("kind", name)))).Value!;
            Assert.Equal(SeededWorkspace.Now, actual.MarkovFittedAt);
            Assert.Equal(
                JsonSerializer.Serialize(expected with { MarkovFittedAt = null }, Web),
                JsonSerializer.Serialize(actual with { MarkovFittedAt = null }, Web));
        }
    }

    [Fact]
    public async Task GetAsync_UnknownOpportunity_IsNotFound()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);

        var result = await workspace.Attribution.GetAsync("no-such-opportunity", SeededWorkspace.Query());

        Assert.Equal(ReadOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task GetAsync_RevenueOfAnOpportunityNotWon_IsAConflict()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);
        var notWon = Scenario.A.Expected.GetProperty("pipeline").EnumerateObject().Select(o => o.Name)
            .First(id => !Scenario.A.Expected.GetProperty("revenue").TryGetProperty(id, out _));

        var result = await workspace.Attribution.GetAsync(notWon, SeededWorkspace.Query(("kind", "revenue")));

        Assert.Equal(ReadOutcome.Conflict, result.Outcome);
        Assert.False(string.IsNullOrEmpty(result.Detail));
    }

    [Fact]
    public async Task GetAsync_BadKind_NamesTheParameter()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);

        var result = await workspace.Attribution.GetAsync("opp-3011-1", SeededWorkspace.Query(("kind", "bookings")));

        Assert.Equal(ReadOutcome.Invalid, result.Outcome);
        Assert.Equal(["kind"], result.Errors.ToDictionary().Keys);
    }

    private static IEnumerable<string> Mismatches(string id, JsonElement expected, JsonElement actual)
    {
        if (expected.GetProperty("amount").GetDecimal() != actual.GetProperty("amount").GetDecimal())
        {
            yield return $"{id}: amount {actual.GetProperty("amount")}";
        }

        foreach (var field in new[] { "opportunityId", "sourced" })
        {
            if (expected.GetProperty(field).GetString() != actual.GetProperty(field).GetString())
            {
                yield return $"{id}: {field} {actual.GetProperty(field)}";
            }
        }

        if (expected.GetProperty("influenced").GetBoolean() != actual.GetProperty("influenced").GetBoolean())
        {
            yield return $"{id}: influenced";
        }

        var expectedJourney = expected.GetProperty("journey").EnumerateArray().ToList();
        var actualJourney = actual.GetProperty("journey").EnumerateArray().ToList();
        if (!expectedJourney.Select(Event).SequenceEqual(actualJourney.Select(Event)))
        {
            yield return $"{id}: journey [{string.Join(",", actualJourney.Select(Event))}]";
            yield break;
        }

        for (var i = 0; i < expectedJourney.Count; i++)
        {
            foreach (var field in new[] { "channel", "origin" })
            {
                if (expectedJourney[i].GetProperty(field).GetString() != actualJourney[i].GetProperty(field).GetString())
                {
                    yield return $"{id} {Event(actualJourney[i])}: {field}";
                }
            }

            if (!Names(expectedJourney[i].GetProperty("milestones")).SequenceEqual(Names(actualJourney[i].GetProperty("milestones"))))
            {
                yield return $"{id} {Event(actualJourney[i])}: milestones [{string.Join(",", Names(actualJourney[i].GetProperty("milestones")))}]";
            }
        }

        var actualModels = actual.GetProperty("models");
        if (actualModels.EnumerateObject().Count() != 10)
        {
            yield return $"{id}: {actualModels.EnumerateObject().Count()} models";
        }

        foreach (var model in expected.GetProperty("models").EnumerateObject())
        {
            var want = model.Value.EnumerateArray().ToList();
            var got = actualModels.GetProperty(model.Name).EnumerateArray().ToList();
            if (want.Sum(r => r.GetProperty("amount").GetDecimal()) != got.Sum(r => r.GetProperty("amount").GetDecimal()))
            {
                yield return $"{id} {model.Name}: total";
            }

            for (var i = 0; i < want.Count; i++)
            {
                if (Event(want[i]) != Event(got[i])
                    || Math.Abs(want[i].GetProperty("credit").GetDouble() - got[i].GetProperty("credit").GetDouble()) > 1e-9
                    || Math.Abs(want[i].GetProperty("amount").GetDecimal() - got[i].GetProperty("amount").GetDecimal()) > 0.01m)
                {
                    yield return $"{id} {model.Name} {Event(want[i])}: {got[i]}";
                }
            }
        }
    }

    private static string? Event(JsonElement touch) => touch.GetProperty("eventId").GetString();

    private static IEnumerable<string?> Names(JsonElement array) => array.EnumerateArray().Select(e => e.GetString());
}
