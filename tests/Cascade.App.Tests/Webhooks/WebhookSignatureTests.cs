using System.Text;
using Cascade.App.Webhooks;

namespace Cascade.App.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    private const string Secret = "s3cret";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"eventId":"e-1"}""");
    private static readonly string Timestamp = Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Verify_SignatureOfTimestampAndBody_IsValid()
    {
        var signature = WebhookSignature.Sign(Secret, Timestamp, Body);

        Assert.Equal(WebhookVerdict.Valid, WebhookSignature.Verify(Secret, Timestamp, signature, Body, Now));
    }

    [Fact]
    public void Sign_IsHexHmacSha256OfTimestampDotBody()
    {
        using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes(Secret));
        var expected = "sha256=" + Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes(Timestamp + "." + Encoding.UTF8.GetString(Body))));

        Assert.Equal(expected, WebhookSignature.Sign(Secret, Timestamp, Body));
    }

    [Theory]
    [InlineData(300, WebhookVerdict.Valid)]
    [InlineData(-300, WebhookVerdict.Valid)]
    [InlineData(301, WebhookVerdict.Expired)]
    [InlineData(-301, WebhookVerdict.Expired)]
    public void Verify_Skew_IsAllowedUpTo300Seconds(int skewSeconds, WebhookVerdict expected)
    {
        var sentAt = (Now.ToUnixTimeSeconds() + skewSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, WebhookSignature.Verify(Secret, sentAt, WebhookSignature.Sign(Secret, sentAt, Body), Body, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("99999999999999999999")]
    public void Verify_TimestampNotUnixSeconds_IsMissingTimestamp(string? timestamp) =>
        Assert.Equal(WebhookVerdict.MissingTimestamp, WebhookSignature.Verify(Secret, timestamp, "sha256=00", Body, Now));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha1=abc")]
    [InlineData("sha256=zz")]
    [InlineData("sha256=0000000000000000000000000000000000000000000000000000000000000000")]
    public void Verify_MissingMalformedOrWrongSignature_IsBadSignature(string? signature) =>
        Assert.Equal(WebhookVerdict.BadSignature, WebhookSignature.Verify(Secret, Timestamp, signature, Body, Now));

    [Fact]
    public void Verify_BodyChangedAfterSigning_IsBadSignature()
    {
        var signature = WebhookSignature.Sign(Secret, Timestamp, Body);

        Assert.Equal(WebhookVerdict.BadSignature, WebhookSignature.Verify(Secret, Timestamp, signature, Encoding.UTF8.GetBytes("{}"), Now));
    }

    [Fact]
    public void Verify_OtherSecret_IsBadSignature()
    {
        var signature = WebhookSignature.Sign("other", Timestamp, Body);

        Assert.Equal(WebhookVerdict.BadSignature, WebhookSignature.Verify(Secret, Timestamp, signature, Body, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Verify_NoSecret_IsUnknownSource(string? secret) =>
        Assert.Equal(WebhookVerdict.UnknownSource, WebhookSignature.Verify(secret, Timestamp, WebhookSignature.Sign("x", Timestamp, Body), Body, Now));
}
