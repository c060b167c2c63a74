using System.Text;
using Cascade.App.SalesActions;

namespace Cascade.App.Tests.SalesActions;

public sealed class SalesActionReaderTests
{
    private static ReadOnlyMemory<byte> Body(string json) => Encoding.UTF8.GetBytes(json);

    [Fact]
    public void Read_QualifyWithBant_GivesTheAction()
    {
        var result = SalesActionReader.Read(Body("""
            { "action": "qualify", "by": "sam", "bant": { "budget": "50k", "authority": "CMO", "need": "attribution", "timing": "Q2" } }
            """));

        Assert.Equal(SalesActionKind.Qualify, result.Value!.Action);
        Assert.Empty(result.Value.Bant!.Missing);
    }

    [Theory]
    [InlineData("""{ "action": "qualify", "bant": { "budget": "50k" } }""", "bant")]
    [InlineData("""{ "action": "reject" }""", "reason")]
    [InlineData("""{ "action": "disqualify", "reason": " " }""", "reason")]
    [InlineData("""{ "action": "promote" }""", "action")]
    [InlineData("""{ }""", "action")]
    [InlineData("""{ "action": "accept", "at": "soon" }""", "at")]
    [InlineData("""[{ "action": "mark_fan" }]""", "body")]
    [InlineData("""{ "action": "mark_fan", "by": "\udc00" }""", "body")]
    [InlineData("""{ "action": "accept", "at": "0001-01-01T00:00:00Z" }""", "at")]
    public void Read_Incomplete_IsRefusedWithTheFieldNamed(string json, string field) =>
        Assert.Contains(field, SalesActionReader.Read(Body(json)).Errors.ToDictionary().Keys);
}
