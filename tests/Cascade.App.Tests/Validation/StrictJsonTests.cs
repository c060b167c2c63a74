using System.Text;
using System.Text.Json;
using Cascade.App.Validation;

namespace Cascade.App.Tests.Validation;

public sealed class StrictJsonTests
{
    [Theory]
    [InlineData(new byte[] { (byte)'"', 0xFF, (byte)'"' })]
    [InlineData(new byte[] { (byte)'"', 0xC3, 0x28, (byte)'"' })]
    [InlineData(new byte[] { (byte)'"', 0xED, 0xA0, 0x80, (byte)'"' })]
    [InlineData(new byte[] { (byte)'"', 0xC0, 0xAF, (byte)'"' })]
    [InlineData(new byte[] { (byte)'{', (byte)'"', 0xF4, 0x90, 0x80, 0x80, (byte)'"', (byte)':', (byte)'1', (byte)'}' })]
    public void Parse_InvalidUtf8_IsABodyError(byte[] body)
    {
        var result = StrictJson.Parse(body, maxDepth: 16);

        Assert.False(result.IsValid);
        Assert.Contains("not valid UTF-8", Assert.Single(result.Errors.ToDictionary()["body"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "company": "\ud800" }""")]
    [InlineData("""{ "company": "x\udc00y" }""")]
    [InlineData("""{ "\ud800": 1 }""")]
    [InlineData("""[{ "nested": ["ok", "\udbff"] }]""")]
    public void Parse_LoneSurrogateEscape_IsABodyError(string json)
    {
        var result = StrictJson.Parse(Encoding.UTF8.GetBytes(json), maxDepth: 16);

        Assert.False(result.IsValid);
        Assert.Contains("lone surrogate", Assert.Single(result.Errors.ToDictionary()["body"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SurrogatePairEscapeAndPlainUnicode_AreText()
    {
        var result = StrictJson.Parse(Encoding.UTF8.GetBytes("""{ "name": "\ud83d\ude00 Zoë", "ß": "İ" }"""), maxDepth: 16);

        Assert.True(result.IsValid);
        Assert.Equal("😀 Zoë", result.Value.GetProperty("name").GetString());
    }

    [Fact]
    public void Parse_DeeperThanAllowed_IsABodyError()
    {
        var json = new string('[', 5) + new string(']', 5);

        var result = StrictJson.Parse(Encoding.UTF8.GetBytes(json), maxDepth: 4);

        Assert.False(result.IsValid);
        Assert.Contains("body", result.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void Parse_ValidBody_GivesItsRoot()
    {
        var result = StrictJson.Parse(Encoding.UTF8.GetBytes("""[1, "two", { "three": null }]"""), maxDepth: 16);

        Assert.True(result.IsValid);
        Assert.Equal(JsonValueKind.Array, result.Value.ValueKind);
    }
}
