using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Tests.Touchpoints;

public sealed class ChannelResolverTests
{
    [Theory]
    [InlineData("page_view", "google", "cpc", null, "paid_search")]
    [InlineData("page_view", "bing", "PPC", null, "paid_search")]
    [InlineData("ad_click", "linkedin", "paid", null, "paid_social")]
    [InlineData("ad_click", "facebook", "cpc", null, "paid_social")]
    [InlineData("ad_click", "x", "cpc", null, "paid_social")]
    [InlineData("email_click", "newsletter", "email", null, "email")]
    [InlineData("page_view", "linkedin", "social", null, "organic_social")]
    [InlineData("page_view", null, null, "https://www.google.com/search?q=cascade", "organic_search")]
    [InlineData("page_view", null, null, "https://duckduckgo.com/", "organic_search")]
    [InlineData("page_view", null, null, "https://partner.example.org/blog", "referral")]
    [InlineData("page_view", null, null, null, "direct")]
    [InlineData("sales_call", "google", "cpc", null, "sales_outreach")]
    [InlineData("sales_email", null, null, null, "sales_outreach")]
    [InlineData("sales_meeting", null, null, null, "sales_outreach")]
    public void Resolve_FollowsDomainRules(string type, string? source, string? medium, string? referrer, string expected) =>
        Assert.Equal(expected, ChannelResolver.Resolve(type, new Utm(source, medium, null, null, null), referrer));

    [Theory]
    [InlineData("sales_call", Origin.Sales)]
    [InlineData("sales_email", Origin.Sales)]
    [InlineData("sales_meeting", Origin.Sales)]
    [InlineData("page_view", Origin.Marketing)]
    [InlineData("demo_request", Origin.Marketing)]
    [InlineData("something_new", Origin.Marketing)]
    public void DefaultOrigin_FollowsType(string type, Origin expected) =>
        Assert.Equal(expected, TouchpointTypes.DefaultOrigin(type));

    [Fact]
    public void Create_PayloadChannelAndOrigin_OverrideDefaults()
    {
        var t = Touchpoint.Create("e1", DateTimeOffset.UnixEpoch, "sales_call", anonymousId: "a", channel: "Event", origin: Origin.Marketing);

        Assert.Equal("event", t.Channel);
        Assert.Equal(Origin.Marketing, t.Origin);
    }
}
