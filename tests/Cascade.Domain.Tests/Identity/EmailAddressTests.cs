using Cascade.Domain.Identity;

namespace Cascade.Domain.Tests.Identity;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("  Ada@Example.COM ", "ada@example.com")]
    [InlineData("p0.dunder@dunder-4.com", "p0.dunder@dunder-4.com")]
    public void TryParse_ValidAddress_TrimsAndLowerCases(string text, string expected)
    {
        Assert.True(EmailAddress.TryParse(text, out var email));
        Assert.Equal(expected, email.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no-at-sign")]
    [InlineData("@example.com")]
    [InlineData("ada@")]
    [InlineData("ada@localhost")]
    [InlineData("a b@example.com")]
    [InlineData("a@b@example.com")]
    public void TryParse_NotAnAddress_ReturnsFalse(string? text) =>
        Assert.False(EmailAddress.TryParse(text, out _));

    [Fact]
    public void Equality_IgnoresCase() =>
        Assert.Equal(EmailAddress.Parse("ADA@example.com"), EmailAddress.Parse("ada@EXAMPLE.com"));

    [Fact]
    public void Domain_IsThePartAfterTheAt() =>
        Assert.Equal("example.com", EmailAddress.Parse("ada@example.com").Domain);
}
