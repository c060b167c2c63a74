using System.Text;
using Cascade.App.Collect;
using Cascade.Domain.Touchpoints;

namespace Cascade.App.Tests.Collect;

public sealed class CollectReaderTests
{
    private const string EventId = "7f0c2a8e-3b1d-4c5e-9f60-1a2b3c4d5e6f";
    private const string Visitor = "0b6e4a52-8d51-4c36-a3f4-2f9f1c7a9d10";
    private static readonly DateTimeOffset ReceivedAt = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Read_PageView_IsAnAnonymousTouchAtTheReceiptInstantWithAPrefixedId()
    {
        var touch = Single($$"""{ "eventId": "{{EventId.ToUpperInvariant()}}", "anonymousId": "{{Visitor}}", "pageUrl": "https://www.acme.com/pricing" }""");

        Assert.Equal("web:" + EventId, touch.EventId);
        Assert.Equal(TouchpointTypes.PageView, touch.Type);
        Assert.Equal(ReceivedAt, touch.OccurredAt);
        Assert.Equal(Visitor, touch.AnonymousId);
        Assert.Null(touch.Email);
        Assert.Equal("https://www.acme.com/pricing", touch.PageUrl);
        Assert.Equal(Channels.Direct, touch.Channel);
        Assert.Equal(Origin.Marketing, touch.Origin);
    }

    [Fact]
    public void Read_PaidLinkedInUtm_IsPaidSocialWithTheCampaign()
    {
        var touch = Single(Event("""
            "utm": { "source": "linkedin", "medium": "paid", "campaign": "abm-q4" }
            """));

        Assert.Equal(Channels.PaidSocial, touch.Channel);
        Assert.Equal("abm-q4", touch.Campaign);
        Assert.Equal("linkedin", touch.Utm!.Source);
    }

    [Theory]
    [InlineData("https://www.google.com/", "organic_search")]
    [InlineData("https://news.example.org/story", "referral")]
    [InlineData("https://www.acme.com/blog", "direct")]
    public void Read_Referrer_SetsTheChannel_UnlessItIsThePagesOwnSite(string referrer, string channel)
    {
        var touch = Single(Event($"""
            "pageUrl": "https://www.acme.com/pricing", "referrer": "{referrer}"
            """));

        Assert.Equal(channel, touch.Channel);
    }

    [Fact]
    public void Read_CustomEvent_KeepsItsTypeAndTheCampaignAndContentProps()
    {
        var touch = Single(Event("""
            "type": "video_played", "props": { "campaign": "launch", "content": "demo-video", "seconds": 42 }
            """));

        Assert.Equal("video_played", touch.Type);
        Assert.Equal("launch", touch.Campaign);
        Assert.Equal("demo-video", touch.Content);
    }

    [Fact]
    public void Read_EmailChannelOrOrigin_AreNotTakenFromABrowser()
    {
        var touch = Single(Event("""
            "email": "ceo@rival.com", "channel": "partner", "origin": "sales"
            """));

        Assert.Null(touch.Email);
        Assert.Equal(Channels.Direct, touch.Channel);
        Assert.Equal(Origin.Marketing, touch.Origin);
    }

    [Theory]
    [InlineData("""{ "eventId": "not-a-uuid", "anonymousId": "V" }""", "eventId")]
    [InlineData("""{ "eventId": "E", "anonymousId": "a b c d e f" }""", "anonymousId")]
    [InlineData("""{ "eventId": "E", "anonymousId": "V", "type": "Page View" }""", "type")]
    [InlineData("""{ "eventId": "E", "anonymousId": "V", "type": "sales_call" }""", "type")]
    [InlineData("""{ "eventId": "E", "anonymousId": "V", "pageUrl": "javascript:alert(1)" }""", "pageUrl")]
    [InlineData("""{ "eventId": "E", "anonymousId": "V", "utm": "linkedin" }""", "utm")]
    public void Read_BadField_IsRefusedNamingIt(string template, string key)
    {
        var body = template.Replace("\"E\"", $"\"{EventId}\"", StringComparison.Ordinal).Replace("\"V\"", $"\"{Visitor}\"", StringComparison.Ordinal);

        var read = CollectReader.Read(Encoding.UTF8.GetBytes(body), ReceivedAt);

        Assert.False(read.IsValid);
        Assert.Equal([key], read.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void Read_MissingVisitor_IsRefused()
    {
        var read = CollectReader.Read(Encoding.UTF8.GetBytes($$"""{ "eventId": "{{EventId}}" }"""), ReceivedAt);

        Assert.Equal(["anonymousId"], read.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void Read_Batch_ReadsEveryEvent_AndRefusesMoreThanTwenty()
    {
        var one = $$"""{ "eventId": "{{EventId}}", "anonymousId": "{{Visitor}}" }""";

        Assert.Equal(20, CollectReader.Read(Encoding.UTF8.GetBytes("[" + string.Join(',', Enumerable.Repeat(one, 20)) + "]"), ReceivedAt).Value!.Count);
        Assert.False(CollectReader.Read(Encoding.UTF8.GetBytes("[" + string.Join(',', Enumerable.Repeat(one, 21)) + "]"), ReceivedAt).IsValid);
    }

    [Theory]
    [InlineData("page_view")]
    [InlineData("{ not json")]
    [InlineData("42")]
    public void Read_NotAnEventObject_IsRefusedAsBody(string body)
    {
        var read = CollectReader.Read(Encoding.UTF8.GetBytes(body), ReceivedAt);

        Assert.Equal(["body"], read.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void Read_OverSixteenKiB_IsRefused()
    {
        var body = Event($"\"pageUrl\": \"https://www.acme.com/?q={new string('a', CollectLimits.MaxBodyBytes)}\"");

        Assert.Equal(["body"], CollectReader.Read(Encoding.UTF8.GetBytes(body), ReceivedAt).Errors.ToDictionary().Keys);
    }

    private static string Event(string fields) => $$"""{ "eventId": "{{EventId}}", "anonymousId": "{{Visitor}}", {{fields}} }""";

    private static Touchpoint Single(string body)
    {
        var read = CollectReader.Read(Encoding.UTF8.GetBytes(body), ReceivedAt);
        Assert.True(read.IsValid, string.Join("; ", read.Errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(' ', e.Value)}")));
        return Assert.Single(read.Value!);
    }
}
