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
    public void Read_BadInput_IsRefusedWithTheFieldNamed(string json, string field) =>
        Assert.Contains(field, PersonUpsertReader.Read(Encoding.UTF8.GetBytes(json)).Errors.ToDictionary().Keys);
}
