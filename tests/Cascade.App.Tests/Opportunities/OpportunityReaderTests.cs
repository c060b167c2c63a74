using System.Text;
using System.Text.Json;
using Cascade.App.Opportunities;
using Cascade.Domain.Pipeline;
using Cascade.Testing.Scenarios;

namespace Cascade.App.Tests.Opportunities;

public sealed class OpportunityReaderTests
{
    private static ReadOnlyMemory<byte> Body(string json) => Encoding.UTF8.GetBytes(json);

    [Fact]
    public void ReadBatch_ScenarioABodies_GiveTheSameStatesAsTheDomainLoader()
    {
        var result = OpportunityReader.ReadBatch(JsonSerializer.SerializeToUtf8Bytes(Scenario.A.OpportunityBodies), "EUR");

        // The sample's last state is stale (older updatedAt, even older than createdAt): it is read, and ignored later.
        Assert.True(result.IsValid);
        Assert.Equal(Scenario.A.OpportunityUpdates.Count, result.Value!.Count);
        for (var i = 0; i < result.Value.Count; i++)
        {
            var expected = Scenario.A.OpportunityUpdates[i];
            var actual = result.Value[i];
            Assert.Equal(expected with { ContactEmails = actual.ContactEmails }, actual);
            Assert.Equal(expected.ContactEmails, actual.ContactEmails);
        }
    }

    [Fact]
    public void ReadBatch_DealsWithoutAmountOrCloseDate_AreReadAsUndocumentedNotRefused()
    {
        var result = OpportunityReader.ReadBatch(Body("""
            [
              { "opportunityId": "o1", "amount": 1000, "closeDate": "2026-03-31", "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z" },
              { "opportunityId": "o2", "closeDate": "2026-03-31", "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z" },
              { "opportunityId": "o3", "amount": null, "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z" }
            ]
            """), "EUR");

        Assert.True(result.IsValid);
        Assert.Equal(
            [OpportunityMissingFields.None, OpportunityMissingFields.Amount, OpportunityMissingFields.Amount | OpportunityMissingFields.CloseDate],
            result.Value!.Select(o => o.Missing));
    }

    [Fact]
    public void ReadBatch_ClosedWithoutClosedAt_ClosesAtUpdatedAt()
    {
        var result = OpportunityReader.ReadBatch(Body("""
            { "opportunityId": "o1", "amount": 1000, "closeDate": "2026-03-31", "status": "won",
              "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-03-02T10:00:00Z" }
            """), "EUR");

        var opportunity = Assert.Single(result.Value!);
        Assert.Equal(OpportunityStatus.Won, opportunity.Status);
        Assert.Equal(opportunity.UpdatedAt, opportunity.ClosedAt);
    }

    [Theory]
    [InlineData("expansion", OpportunityType.Expansion)]
    [InlineData("renewal", OpportunityType.Renewal)]
    [InlineData("new_business", OpportunityType.NewBusiness)]
    [InlineData(null, null)]
    public void ReadBatch_Type_IsKeptWithTheVersionWhenSent(string? type, OpportunityType? expected)
    {
        var field = type is null ? string.Empty : $"\"type\": \"{type}\", ";
        var result = OpportunityReader.ReadBatch(Body("{ " + field + """
            "opportunityId": "o1", "amount": 1000, "closeDate": "2026-03-31", "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z" }
            """), "EUR");

        Assert.Equal(expected, Assert.Single(result.Value!).Type);
    }

    [Theory]
    [InlineData("""{ "opportunityId": "o1", "amount": 1000, "currency": "USD", "closeDate": "2026-03-31", "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z" }""", "currency")]
    [InlineData("""{ "opportunityId": "o1", "amount": "1000", "closeDate": "2026-03-31", "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z" }""", "amount")]
    [InlineData("""{ "opportunityId": "o1", "amount": -5, "closeDate": "2026-03-31", "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z" }""", "amount")]
    [InlineData("""{ "opportunityId": "o1", "amount": 10.005, "closeDate": "2026-03-31", "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z" }""", "amount")]
    [InlineData("""{ "opportunityId": "o1", "amount": 1000, "closeDate": "31/03/2026", "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z" }""", "closeDate")]
    [InlineData("""{ "opportunityId": "o1", "amount": 1000, "closeDate": "2026-03-31", "type": "upsell", "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z" }""", "type")]
    [InlineData("""{ "opportunityId": "o1", "amount": 1000, "closeDate": "2026-03-31", "type": 2, "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z" }""", "type")]
    [InlineData("""{ "opportunityId": "o1", "amount": 1000, "closeDate": "2026-03-31", "status": "pending", "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z" }""", "status")]
    [InlineData("""{ "opportunityId": "o1", "amount": 1000, "closeDate": "2026-03-31", "createdAt": "2026-01-01T00:00:00Z" }""", "updatedAt")]
    [InlineData("""{ "opportunityId": "o1", "amount": 1000, "closeDate": "2026-03-31", "contactEmails": ["x"], "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z" }""", "contactEmails[0]")]
    [InlineData("""{ "opportunityId": "o/1", "amount": 1000, "closeDate": "2026-03-31", "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z" }""", "opportunityId")]
    [InlineData("""{ "opportunityId": "..", "amount": 1000, "closeDate": "2026-03-31", "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z" }""", "opportunityId")]
    [InlineData("""{ "opportunityId": "o1", "amount": 1000, "closeDate": "9999-12-31", "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z" }""", "closeDate")]
    [InlineData("""{ "opportunityId": "o1", "amount": 1000, "closeDate": "2026-03-31", "contactEmails": ["a/b@acme.com"], "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z" }""", "contactEmails[0]")]
    public void ReadBatch_BadInput_IsRefusedWithTheFieldNamed(string json, string field)
    {
        var result = OpportunityReader.ReadBatch(Body(json), "EUR");

        Assert.False(result.IsValid);
        Assert.Contains(field, result.Errors.ToDictionary().Keys);
    }
}
