using System.Text;
using Cascade.App.People;

namespace Cascade.App.Tests.People;

public sealed class PersonUpsertReaderTests
{
    [Fact]
    public void Read_SalesEntry_KeepsProfileAndOrigin()
    {
        var result = PersonUpsertReader.Read(Encoding.UTF8.GetBytes("""
            { "email": "ada@acme.com", "jobTitle": "CFO", "companySize": 1200, "accountDomain": "www.Acme.com", "origin": "sales" }
            """));

        var upsert = result.Value!;
        Assert.Equal(PersonOrigin.Sales, upsert.Origin);
        Assert.Equal("CFO", upsert.Profile.JobTitle);
        Assert.Equal(1200, upsert.Profile.CompanySize);
        Assert.Equal("acme.com", upsert.AccountDomain);
    }

    [Theory]
    [InlineData("""{ "jobTitle": "CFO" }""", "email")]
    [InlineData("""{ "email": "ada@acme.com", "origin": "web" }""", "origin")]
    [InlineData("""[{ "email": "ada@acme.com" }, { "email": "bob@acme.com" }]""", "body")]
    [InlineData("""[{ "email": "ada@acme.com" }]""", "body")]
    [InlineData("""{ "email": "ada/lovelace@acme.com" }""", "email")]
    [InlineData("""{ "email": "ada\\lovelace@acme.com" }""", "email")]
    [InlineData("""{ "email": "ada@acme.com", "company": "\ud800" }""", "body")]
    [InlineData("""{ "email": "ada@acme.com", "accountDomain": "acme.com\\evil" }""", "accountDomain")]
    [InlineData("""{ "email": "ada@acme.com", "accountDomain": "acme.com?x" }""", "accountDomain")]
    [InlineData("""{ "email": "ada@acme.com", "at": "1969-12-31T23:59:59Z" }""", "at")]
    [InlineData("""{ "email": "ada@acme.com", "at": "2200-01-01T00:00:00Z" }""", "at")]
    [InlineData("""{ "email": "ada@acme.com", "firstName": 7 }""", "firstName")]
    public void Read_BadInput_IsRefusedWithTheFieldNamed(string json, string field) =>
        Assert.Contains(field, PersonUpsertReader.Read(Encoding.UTF8.GetBytes(json)).Errors.ToDictionary().Keys);
}
