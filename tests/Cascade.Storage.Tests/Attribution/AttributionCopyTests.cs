using System.Text.Json;
using Cascade.Domain.Attribution;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.Attribution;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Tests.Attribution;

public sealed class AttributionCopyTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);

    [Fact]
    public void Encode_ThenDecode_GivesTheSameRecord()
    {
        var record = Record(40, i => "campaign-" + (i % 4)) with { End = Created.AddDays(9), Type = OpportunityType.Renewal };

        var parts = AttributionCopy.Encode(record);

        Assert.NotNull(parts);
        Assert.Equal(JsonSerializer.Serialize(record), JsonSerializer.Serialize(AttributionCopy.Decode(parts)));
    }

    [Fact]
    public void Encode_LargeJourney_CutsIntoPartsThatFitABinaryProperty()
    {
        var record = Record(3_000, _ => Guid.NewGuid().ToString("N"));

        var parts = AttributionCopy.Encode(record)!;

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, TableLimits.MaxBinaryBytes));
        Assert.Equal(JsonSerializer.Serialize(record), JsonSerializer.Serialize(AttributionCopy.Decode(parts)));
    }

    [Fact]
    public void Encode_JourneyTooLargeForARow_GivesNothing()
    {
        var record = Record(30_000, _ => string.Concat(Enumerable.Range(0, 4).Select(_ => Guid.NewGuid().ToString("N"))));

        Assert.Null(AttributionCopy.Encode(record));
    }

    private static AttributionRecord Record(int touches, Func<int, string> campaign) => new(
        "opp-1",
        AttributionKind.Pipeline,
        1234.56m,
        Sourcing.Marketing,
        true,
        Created,
        Created.AddHours(1),
        Enumerable.Range(0, touches).Select(i => new AttributedTouch(
            $"e{i}",
            Created.AddMinutes(-i),
            "page_view",
            "organic",
            i % 2 == 0 ? Origin.Marketing : Origin.Sales,
            campaign(i),
            i == 0 ? Milestones.LC | Milestones.FT : Milestones.None,
            AttributionModels.All.Select(m => 1.0 / (i + 1 + (int)m)).ToList(),
            AttributionModels.All.Select(m => Math.Round(1234.56m / (i + 1 + (int)m), 2)).ToList())).ToList());
}
