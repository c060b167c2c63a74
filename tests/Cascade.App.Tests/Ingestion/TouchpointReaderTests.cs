using System.Text;
using System.Text.Json;
using Cascade.App.Ingestion;
using Cascade.App.Messages;
using Cascade.Domain.Touchpoints;
using Cascade.Testing.Scenarios;

namespace Cascade.App.Tests.Ingestion;

public sealed class TouchpointReaderTests
{
    private static ReadOnlyMemory<byte> Body(string json) => Encoding.UTF8.GetBytes(json);

    [Fact]
    public void ReadBatch_ScenarioABodies_GiveTheSameTouchpointsAsTheDomainLoader()
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(Scenario.A.TouchpointBodies);

        var result = TouchpointReader.ReadBatch(body);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.ToDictionary().Select(e => $"{e.Key}: {e.Value[0]}")));
        Assert.Equal(Scenario.A.Touchpoints, result.Value!);
    }

    [Fact]
    public void ReadBatch_SingleObject_AppliesDomainDefaults()
    {
        var result = TouchpointReader.ReadBatch(Body("""
            { "eventId": "e1", "occurredAt": "2026-01-05T10:00:00+01:00", "type": "sales_call", "email": " Ada@Acme.com " }
            """));

        var touchpoint = Assert.Single(result.Value!);
        Assert.Equal("ada@acme.com", touchpoint.Email!.Value.Value);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), touchpoint.OccurredAt);
        Assert.Equal(Origin.Sales, touchpoint.Origin);
        Assert.Equal(Channels.SalesOutreach, touchpoint.Channel);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("10", 10)]
    [InlineData("\"9\"", 9)]
    public void ReadBatch_NpsResponse_KeepsItsScore(string score, int expected)
    {
        var result = TouchpointReader.ReadBatch(Body($$"""
            { "eventId": "e1", "occurredAt": "2026-01-05T10:00:00Z", "type": "nps_response", "email": "ada@acme.com", "score": {{score}} }
            """));

        var touchpoint = Assert.Single(result.Value!);
        Assert.Equal(expected, touchpoint.Score);
        Assert.Equal(expected, TouchpointDocument.From(touchpoint).ToTouchpoint().Score);
    }

    [Fact]
    public void ReadBatch_UtmObject_SetsChannelAndCampaign()
    {
        var result = TouchpointReader.ReadBatch(Body("""
            { "eventId": "e1", "occurredAt": "2026-01-05T10:00:00Z", "type": "page_view", "anonymousId": "a1",
              "utm": { "source": "linkedin", "medium": "cpc", "campaign": "abm-q1" } }
            """));

        var touchpoint = Assert.Single(result.Value!);
        Assert.Equal(Channels.PaidSocial, touchpoint.Channel);
        Assert.Equal("abm-q1", touchpoint.Campaign);
    }

    [Theory]
    [InlineData("{", "body")]
    [InlineData("42", "body")]
    [InlineData("[]", "body")]
    [InlineData("[1]", "[0]")]
    [InlineData("""{ "occurredAt": "2026-01-05T10:00:00Z", "type": "page_view", "anonymousId": "a" }""", "eventId")]
    [InlineData("""{ "eventId": 7, "occurredAt": "2026-01-05T10:00:00Z", "type": "page_view", "anonymousId": "a" }""", "eventId")]
    [InlineData("""{ "eventId": "e", "occurredAt": "2026-01-05T10:00:00", "type": "page_view", "anonymousId": "a" }""", "occurredAt")]
    [InlineData("""{ "eventId": "e", "occurredAt": "yesterday", "type": "page_view", "anonymousId": "a" }""", "occurredAt")]
    [InlineData("""{ "eventId": "e", "occurredAt": "2026-01-05T10:00:00Z", "anonymousId": "a" }""", "type")]
    [InlineData("""{ "eventId": "e", "occurredAt": "2026-01-05T10:00:00Z", "type": "page view!", "anonymousId": "a" }""", "type")]
    [InlineData("""{ "eventId": "e", "occurredAt": "2026-01-05T10:00:00Z", "type": "page_view" }""", "email")]
    [InlineData("""{ "eventId": "e", "occurredAt": "2026-01-05T10:00:00Z", "type": "page_view", "email": "not-an-address" }""", "email")]
    [InlineData("""{ "eventId": "e", "occurredAt": "2026-01-05T10:00:00Z", "type": "page_view", "anonymousId": "a", "origin": "partner" }""", "origin")]
    [InlineData("""{ "eventId": "e", "occurredAt": "2026-01-05T10:00:00Z", "type": "page_view", "anonymousId": "a", "utm": "google" }""", "utm")]
    [InlineData("""{ "eventId": "e", "occurredAt": "2026-01-05T10:00:00Z", "type": "page_view", "anonymousId": "a", "profile": { "companySize": "many" } }""", "profile.companySize")]
    [InlineData("""[{ "eventId": "e", "occurredAt": "2026-01-05T10:00:00Z", "type": "page_view", "anonymousId": "a" }, { "eventId": "f" }]""", "[1].occurredAt")]
    [InlineData("""{ "eventId": "e", "occurredAt": "2026-01-05T10:00:00Z", "type": "nps_response", "email": "a@b.com" }""", "score")]
    [InlineData("""{ "eventId": "e", "occurredAt": "2026-01-05T10:00:00Z", "type": "nps_response", "email": "a@b.com", "score": 11 }""", "score")]
    [InlineData("""{ "eventId": "e", "occurredAt": "2026-01-05T10:00:00Z", "type": "nps_response", "email": "a@b.com", "score": -1 }""", "score")]
    [InlineData("""{ "eventId": "e", "occurredAt": "2026-01-05T10:00:00Z", "type": "nps_response", "email": "a@b.com", "score": 7.5 }""", "score")]
    [InlineData("""{ "eventId": "e", "occurredAt": "2026-01-05T10:00:00Z", "type": "NPS_Response", "email": "a@b.com" }""", "score")]
    [InlineData("""{ "eventId": "e", "occurredAt": "2026-01-05T10:00:00Z", "type": "page_view", "anonymousId": "a", "score": 9 }""", "score")]
    public void ReadBatch_BadInput_IsRefusedWithTheFieldNamed(string json, string field)
    {
        var result = TouchpointReader.ReadBatch(Body(json));

        Assert.False(result.IsValid);
        Assert.Contains(field, result.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void ReadBatch_MoreThan500Items_IsRefused()
    {
        var items = Enumerable.Range(0, 501).Select(i => new { eventId = $"e{i}", occurredAt = "2026-01-05T10:00:00Z", type = "page_view", anonymousId = "a" });

        var result = TouchpointReader.ReadBatch(JsonSerializer.SerializeToUtf8Bytes(items));

        Assert.Contains("body", result.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void ReadBatch_BodyOverOneMebibyte_IsRefused()
    {
        var result = TouchpointReader.ReadBatch(new byte[IngestionLimits.MaxTouchpointBodyBytes + 1]);

        Assert.Contains("body", result.Errors.ToDictionary().Keys);
    }
}
