using Cascade.Domain.Identity;

namespace Cascade.Domain.Tests.Identity;

public sealed class AccountDomainsTests
{
    [Theory]
    [InlineData("gmail.com")]
    [InlineData("outlook.com")]
    [InlineData("yahoo.com")]
    [InlineData("hotmail.com")]
    [InlineData("icloud.com")]
    [InlineData("proton.me")]
    [InlineData("gmx.de")]
    [InlineData("gmx.net")]
    [InlineData("free.fr")]
    [InlineData("orange.fr")]
    [InlineData("laposte.net")]
    [InlineData("web.de")]
    public void FreeMail_KnownProviders_AreFreeMail(string domain) => Assert.True(FreeMailDomains.Contains(domain));

    [Theory]
    [InlineData("acme.com")]
    [InlineData("dunder-4.com")]
    [InlineData("gmxfoo.com")]
    public void FreeMail_CompanyDomains_AreNot(string domain) => Assert.False(FreeMailDomains.Contains(domain));

    [Fact]
    public void Resolve_ExplicitDomain_Wins() =>
        Assert.Equal("acme.com", AccountDomains.Resolve(" https://www.ACME.com/about ", EmailAddress.Parse("ada@other.io")));

    [Fact]
    public void Resolve_CompanyEmail_GivesItsDomain() =>
        Assert.Equal("acme.com", AccountDomains.Resolve(null, EmailAddress.Parse("ada@acme.com")));

    [Fact]
    public void Resolve_FreeMail_GivesNoAccount() =>
        Assert.Null(AccountDomains.Resolve(null, EmailAddress.Parse("ada@gmail.com")));
}
