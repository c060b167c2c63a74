using System.Globalization;
using System.Text;

namespace Cascade.App.Reports.Csv;

/// <summary>
/// Writes RFC 4180 CSV: CRLF after every record (the last included), a field quoted when it holds a comma,
/// a quote, CR or LF, quotes inside doubled. Values are written culture-invariant so a spreadsheet in any
/// locale reads the same numbers: decimals as is, doubles round-trippable, instants ISO 8601 in UTC,
/// booleans <c>true</c>/<c>false</c>, null as an empty field.
/// </summary>
public sealed class CsvWriter
{
    private readonly StringBuilder _text = new();

    /// <summary>Appends one record.</summary>
    public CsvWriter Row(params object?[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(',');
            }

            AppendField(Format(fields[i]));
        }

        _text.Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>The invariant text of a value, before quoting.</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private void AppendField(string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _text.Append(field);
            return;
        }

        _text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
