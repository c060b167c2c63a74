using System.Globalization;
using System.Text;
using CsCheck;

namespace Cascade.Testing.Hostile;

/// <summary>
/// Generators of hostile request bodies as a client could send them: JSON text built by hand (so that lone
/// surrogate escapes, huge numbers and odd shapes can be written), plausible and implausible values per field,
/// and raw bytes that are not UTF-8. Depths and lengths are bounded so that a sample stays quick.
/// </summary>
public static class HostileJson
{
    /// <summary>Strings an attacker or a broken integration sends: separators of paths and keys, controls, surrogates, blanks.</summary>
    public static readonly Gen<string> Nasty = Gen.OneOf(
        "", " ", "   padded   ", "/", "a/b", "\\", "a\\b", "#", "?", "%", "%2F", "~", ".", "..", "\u0000", "a\nb", "\t", "\u007f",
        "\u0085", "\ud800", "x\udc00", "\ud83d\ude00", "é", "ß", "İ", "null", "0", "-1", "1e400", "true", "[]", "{}",
        "<script>alert(1)</script>", "' or 1=1 --", "PartitionKey eq 'x'", "\u202e", "\ufeff", "\ufffd");

    /// <summary>Any text: arbitrary characters (lone surrogates and controls included), nasty values or long runs.</summary>
    public static readonly Gen<string> AnyText = Gen.Frequency(
        (4, Gen.String),
        (4, Nasty),
        (2, Gen.Select(Nasty, Gen.String, Nasty, (a, b, c) => a + b + c)),
        (1, Gen.Char.Array[200, 1200].Select(c => new string(c))),
        (1, Gen.Int[250, 70_000].Select(n => new string('x', n))));

    /// <summary>Text a person would type, now and then <see cref="AnyText"/>.</summary>
    public static readonly Gen<string> Words = Gen.Frequency(
        (20, Gen.Char["abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789-'.,&éüßłø"].Array[0, 40].Select(c => new string(c))),
        (1, AnyText));

    /// <summary>A word-like id, sometimes with a nasty part.</summary>
    public static readonly Gen<string> Id = Gen.Frequency(
        (30, Gen.Char["abcdefghij0123456789-_:."].Array[1, 24].Select(c => new string(c))),
        (2, Gen.Select(Gen.Char["abc123"].Array[1, 8], Nasty, (c, n) => new string(c) + n)),
        (1, Gen.Int[250, 600].Select(n => new string('i', n))));

    public static readonly Gen<string> Email = Gen.Frequency(
        (20, Gen.Select(Gen.Char["abcxyz0123.+_-"].Array[1, 12], Gen.Char["abcdef-"].Array[1, 10], Gen.OneOf("com", "io", "example", "co.uk"),
            (l, d, t) => $"{new string(l)}@{new string(d)}.{t}")),
        (3, Gen.Select(Gen.Char["ab/\\%?#!~ é\u0001+=&'"].Array[1, 8], Gen.OneOf("x.com", "x", "x.com.", "a#b.com", "ü.de"),
            (l, d) => $"{new string(l)}@{d}")),
        (1, Gen.OneOf("no-at-sign", "@x.com", "a@", "a@@b.com", " UPPER@Example.COM ", "a@b.c", new string('l', 250) + "@x.com")));

    public static readonly Gen<string> Instant = Gen.Frequency(
        (20, Gen.Select(Gen.Int[2020, 2030], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 86_399], Gen.OneOf("Z", "+02:00", "-05:30"),
            (y, m, d, s, o) => $"{y:D4}-{m:D2}-{d:D2}T{s / 3600:D2}:{s / 60 % 60:D2}:{s % 60:D2}{o}")),
        (3, Gen.Select(Gen.Int[1960, 2210], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 86_399], Gen.OneOf("Z", "+02:00", "-05:30", "+14:00"),
            (y, m, d, s, o) => $"{y:D4}-{m:D2}-{d:D2}T{s / 3600:D2}:{s / 60 % 60:D2}:{s % 60:D2}{o}")),
        (2, Gen.OneOf("2026-02-01T09:00:00", "2026-02-01", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59-01:00",
            "0001-01-01T00:00:00+01:00", "1600-12-31T23:59:59Z", "2026-02-30T00:00:00Z", "2026-02-01T09:00:00.1234567+01:00", "yesterday", "1706778000")),
        (1, Gen.DateTimeOffset.Select(d => d.ToString("O", CultureInfo.InvariantCulture))));

    public static readonly Gen<string> Url = Gen.Frequency(
        (20, Gen.Select(Gen.OneOf("https://", "http://"), Gen.OneOf("acme.example", "www.acme.example", "blog.acme.example:8443", "xn--bcher-kva.example"),
            Gen.Char["abcxyz0123/-_.?=&%é"].Array[0, 40], (s, h, p) => s + h + "/" + new string(p))),
        (2, Gen.Select(Gen.OneOf("https://", "http://", "ftp://", "javascript:", ""), Gen.OneOf("acme.example", "ex ample.com", "[::1]", "a.b:99999"),
            Gen.Char["abc/?#%&= é\u0001"].Array[0, 40], (s, h, p) => s + h + "/" + new string(p))),
        (1, Gen.Int[1900, 2100].Select(n => "https://acme.example/" + new string('%', n))),
        (1, Gen.Int[600, 2100].Select(n => "https://acme.example/" + new string(' ', n))),
        (1, AnyText));

    public static readonly Gen<string> Domain = Gen.Frequency(
        (20, Gen.Select(Gen.Char["abcdef-"].Array[1, 12], Gen.OneOf("com", "io", "co.uk"), (d, t) => $"{new string(d)}.{t}")),
        (2, Gen.Select(Gen.OneOf("https://", "HTTP://www.", "www.", ""), Gen.Char["ab./\\#?:_ é"].Array[1, 10], (s, d) => s + new string(d))),
        (1, Nasty));

    /// <summary>JSON number literals: whole, cents, fractions of cents, negative, beyond decimal and double.</summary>
    public static readonly Gen<string> Number = Gen.Frequency(
        (8, Gen.Int[-10, 1_000_000].Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (8, Gen.Long[-1_000, 100_000_000_000].Select(c => (c / 100m).ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Decimal.Select(d => d.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Double.Where(double.IsFinite).Select(d => d.ToString("R", CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("1e400", "-0", "0.001", "1.005", "123456789012345678901234567890", "1E3", "1000000000000.01", "-0.00")));

    /// <summary>A JSON value of any type, nesting at most <paramref name="depth"/> deep.</summary>
    public static Gen<string> Value(int depth) => depth <= 0
        ? Gen.Frequency((4, AnyText.Select(String)), (2, Number), (1, Gen.OneOf("true", "false", "null")))
        : Gen.Frequency(
            (4, AnyText.Select(String)),
            (2, Number),
            (1, Gen.OneOf("true", "false", "null")),
            (1, Value(depth - 1).Array[0, 4].Select(Array)),
            (1, Gen.Select(AnyText, Value(depth - 1)).Array[0, 4].Select(p => Object(p.Select(x => (x.Item1, x.Item2))))));

    /// <summary>Mostly a plausible value of the field's kind as a JSON string, else any JSON value.</summary>
    public static Gen<string> Field(Gen<string> plausible) =>
        Gen.Frequency((40, plausible.Select(String)), (1, Value(1)), (1, Gen.Const("null")));

    /// <summary>An object holding each field with probability 15/16, plus now and then one of any name.</summary>
    public static Gen<string> Fields(params (string Name, Gen<string> Json)[] fields) =>
        Gen.Select(
            Gen.Int[0, 15].Array[fields.Length],
            Combine(fields.Select(f => f.Json).ToList()),
            Gen.Frequency((4, Gen.Const(((string, string)?)null)), (1, Gen.Select(AnyText, Value(1)).Select(p => ((string, string)?)p))),
            (keep, values, extra) =>
            {
                var members = fields.Select((f, i) => (f.Name, Json: values[i])).Where((_, i) => keep[i] != 0).ToList();
                if (extra is { } e)
                {
                    members.Add(e);
                }

                return Object(members);
            });

    /// <summary>A body: mostly <paramref name="item"/> or an array of them, else any JSON value, random bytes or a body broken as UTF-8.</summary>
    public static Gen<byte[]> Body(Gen<string> item) => Gen.Frequency(
        (6, item.Select(Utf8)),
        (3, item.Array[1, 4].Select(Array).Select(Utf8)),
        (1, Value(2).Select(Utf8)),
        (1, Gen.Byte.Array[0, 64]),
        (1, Gen.Select(item, Gen.Int[0, 1000], Gen.OneOf<byte[]>([0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF]),
            (text, at, bad) => Corrupt(Utf8(text), at, bad))));

    public static string String(string value)
    {
        var json = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\' || c < ' ' || char.IsSurrogate(c))
            {
                json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                json.Append(c);
            }
        }

        return json.Append('"').ToString();
    }

    public static string Array(IEnumerable<string> values) => "[" + string.Join(",", values) + "]";

    public static string Object(IEnumerable<(string Name, string Json)> members) =>
        "{" + string.Join(",", members.Select(m => String(m.Name) + ":" + m.Json)) + "}";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Corrupt(byte[] body, int at, byte[] bad)
    {
        var index = body.Length == 0 ? 0 : at % body.Length;
        return [.. body.AsSpan(0, index), .. bad, .. body.AsSpan(index)];
    }

    private static Gen<string[]> Combine(IReadOnlyList<Gen<string>> gens) =>
        gens.Aggregate(Gen.Const(System.Array.Empty<string>()), (all, next) => Gen.Select(all, next, (a, n) => (string[])[.. a, n]));
}
