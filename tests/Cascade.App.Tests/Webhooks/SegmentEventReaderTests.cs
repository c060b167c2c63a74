using System.Text;
using Cascade.App.People;
using Cascade.App.Webhooks;
using Cascade.Domain.Touchpoints;

namespace Cascade.App.Tests.Webhooks;

public sealed class SegmentEventReaderTests
{
    private static byte[] Json(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Read_TrackEvent_IsATouchpointTypedAfterTheEventName()
    {
        var body = Json("""
            {
              "type": "track", "event": "Demo Request", "messageId": "m-1", "timestamp": "2026-02-01T09:30:00.000Z",
              "anonymousId": "anon-1", "userId": "Ada@Acme.com",
              "context": {
                "page": { "url": "https://acme.example/demo", "referrer": "https://google.com" },
                "campaign": { "name": "spring", "source": "google", "medium": "cpc" },
                "traits": { "title": "VP Marketing", "company": { "name": "Acme" } }
              }
            }
            """);

        var batch = SegmentEventReader.Read(body).Value!;

        var touch = Assert.Single(batch.Touchpoints);
        Assert.Equal("m-1", touch.EventId);
        Assert.Equal("demo_request", touch.Type);
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 9, 30, 0, TimeSpan.Zero), touch.OccurredAt);
        Assert.Equal("ada@acme.com", touch.Email!.Value.Value);
        Assert.Equal("anon-1", touch.AnonymousId);
        Assert.Equal("https://acme.example/demo", touch.PageUrl);
        Assert.Equal("https://google.com", touch.Referrer);
        Assert.Equal("google", touch.Utm!.Source);
        Assert.Equal("spring", touch.Utm.Campaign);
        Assert.Equal("VP Marketing", touch.Profile!.JobTitle);
        Assert.Equal("Acme", touch.Profile.Company);
        Assert.Empty(batch.People);
    }

    [Fact]
    public void Read_NpsResponseEvent_TakesItsScoreFromTheProperties()
    {
        var body = Json("""
            { "batch": [
              { "type": "track", "event": "NPS Response", "messageId": "m-1", "timestamp": "2026-02-01T09:00:00Z",
                "userId": "ada@acme.com", "properties": { "score": 9 } },
              { "type": "track", "event": "Video Played", "messageId": "m-2", "timestamp": "2026-02-01T09:00:00Z",
                "userId": "ada@acme.com", "properties": { "score": 9 } }
            ] }
            """);

        var batch = SegmentEventReader.Read(body).Value!;

        Assert.Equal([("nps_response", (int?)9), ("video_played", null)], batch.Touchpoints.Select(t => (t.Type, t.Score)));
    }

    [Fact]
    public void Read_BatchOfPageIdentifyAndScreen_MapsEachKind()
    {
        var body = Json("""
            { "batch": [
              { "type": "page", "messageId": "m-1", "timestamp": "2026-02-01T09:00:00Z", "anonymousId": "anon-1",
                "properties": { "url": "https://acme.example/pricing" } },
              { "type": "identify", "messageId": "m-2", "timestamp": "2026-02-01T09:05:00Z", "anonymousId": "anon-1",
                "userId": "u-42", "traits": { "email": "ada@acme.com", "firstName": "Ada", "employees": 250 } },
              { "type": "screen", "messageId": "m-3", "timestamp": "2026-02-01T09:06:00Z", "anonymousId": "anon-1" }
            ] }
            """);

        var batch = SegmentEventReader.Read(body).Value!;

        var page = Assert.Single(batch.Touchpoints);
        Assert.Equal(TouchpointTypes.PageView, page.Type);
        Assert.Equal("https://acme.example/pricing", page.PageUrl);
        var person = Assert.Single(batch.People);
        Assert.Equal("ada@acme.com", person.Email.Value);
        Assert.Equal("Ada", person.Profile.FirstName);
        Assert.Equal(250, person.Profile.CompanySize);
        Assert.Equal(PersonOrigin.Import, person.Origin);
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 9, 5, 0, TimeSpan.Zero), person.At);
        Assert.Equal(1, batch.Skipped);
    }

    [Fact]
    public void Read_InvalidItems_NameEachProblemByItsPlaceInTheBatch()
    {
        var body = Json("""
            { "batch": [
              { "type": "track", "event": "Signed Up", "timestamp": "2026-02-01T09:00:00Z", "anonymousId": "a" },
              { "type": "identify", "messageId": "m-2", "timestamp": "2026-02-01T09:05:00Z", "userId": "u-42" },
              { "type": "teleport", "messageId": "m-3" },
              42
            ] }
            """);

        var errors = SegmentEventReader.Read(body).Errors.ToDictionary();

        Assert.Contains("batch[0].eventId", errors.Keys);
        Assert.Contains("batch[1].userId", errors.Keys);
        Assert.Contains("batch[2].type", errors.Keys);
        Assert.Contains("batch[3]", errors.Keys);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("""{ "batch": [] }""")]
    [InlineData("""{ "batch": "x" }""")]
    public void Read_MalformedBody_IsRefusedNotThrown(string text) =>
        Assert.False(SegmentEventReader.Read(Json(text)).IsValid);

    [Theory]
    [InlineData("Demo Request", "demo_request")]
    [InlineData("Order Completed!", "order_completed")]
    [InlineData("webinarRegistered", "webinar_registered")]
    [InlineData("  page--view ", "page_view")]
    public void SnakeCase_EventNames(string name, string expected) =>
        Assert.Equal(expected, SegmentEventReader.SnakeCase(name));
}
