using Cascade.Storage.Tables;

namespace Cascade.Storage.Tests.Tables;

public sealed class TableKeysTests
{
    [Theory]
    [InlineData("evt-1", "evt-1")]
    [InlineData("a/b", "a%002Fb")]
    [InlineData("a\\b#c?d", "a%005Cb%0023c%003Fd")]
    [InlineData("50%", "50%0025")]
    [InlineData("x\ty", "x%0009y")]
    public void Escape_IllegalCharacters_AreEncoded(string value, string expected) =>
        Assert.Equal(expected, TableKeys.Escape(value));

    [Fact]
    public void Escape_DistinctValues_GiveDistinctKeys()
    {
        string[] values = ["a/b", "a%002Fb", "a~b", "a%007Eb", new string('q', 500), new string('q', 501)];

        Assert.Equal(values.Length, values.Select(TableKeys.Escape).Distinct().Count());
    }

    [Fact]
    public void Escape_LongValue_IsHashedUnderTheKeyLimit()
    {
        var key = TableKeys.Escape(new string('/', 2000));

        Assert.InRange(key.Length, 1, TableKeys.MaxEscapedLength);
        Assert.DoesNotContain('/', key);
    }

    [Fact]
    public void RangePrefix_OfDistinctKeys_IsNeverTheStartOfAnother()
    {
        string[] keys = ["e:a", "e:ab", "e:a%007Eb", TableKeys.Escape(new string('q', 100)), TableKeys.Escape(new string('q', 101)), TableKeys.Escape(new string('q', 900))];

        var prefixes = keys.Select(TableKeys.RangePrefix).ToList();

        Assert.All(prefixes, p => Assert.InRange(p.Length, 1, 512 - TableKeys.MaxEscapedLength));
        Assert.All(prefixes, p => Assert.Single(prefixes, other => other.StartsWith(p, StringComparison.Ordinal)));
    }
}
