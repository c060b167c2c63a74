using System.Globalization;
using System.Text;
using Cascade.App.Validation;
using Cascade.Domain.Spend;

namespace Cascade.App.Spend;

/// <summary>
/// Reads a CSV spend upload: RFC 4180 fields (quoted when they hold a comma or a quote, quotes doubled), a header
/// line <c>month,channel,campaign,amount,currency</c> (any case, spaces around names ignored), then one row a
/// line; blank lines are skipped. Amounts are invariant decimals (<c>1234.50</c>, no thousands separators).
/// Errors are keyed <c>line {n}.{field}</c> with <c>n</c> the line in the file (the header is line 1), or
/// <c>line {n}</c> for a line that cannot be split into the five fields.
/// </summary>
internal static class SpendCsvReader
{
    private static readonly string[] Columns = SpendRowRules.Header.Split(',');

    public static Validated<IReadOnlyList<SpendEntry>> Read(ReadOnlyMemory<byte> body, string workspaceCurrency)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(body.Span);
        }
        catch (DecoderFallbackException)
        {
            return Refuse("body", "must be UTF-8 text.");
        }

        var lines = text.TrimStart('\uFEFF').Split('\n');
        var errors = new ValidationErrors();
        var header = Fields(lines[0].TrimEnd('\r'));
        if (header is null || header.Count != Columns.Length
            || !header.Select(h => h.Trim()).SequenceEqual(Columns, StringComparer.OrdinalIgnoreCase))
        {
            return Refuse(Line(1), $"must be the header {SpendRowRules.Header}.");
        }

        var entries = new List<SpendEntry>();
        var rows = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var number = i + 1;
            if (++rows > SpendLimits.MaxRows)
            {
                errors.Add(Line(number), $"is past the {SpendLimits.MaxRows.ToString("N0", CultureInfo.InvariantCulture)} rows an upload may hold; split the file.");
                break;
            }

            var fields = Fields(line);
            if (fields is null || fields.Count != Columns.Length)
            {
                errors.Add(Line(number), fields is null
                    ? "has an unterminated quoted field."
                    : $"must have {Columns.Length} fields ({SpendRowRules.Header}), not {fields.Count}.");
                continue;
            }

            string Path(string field) => $"{Line(number)}.{field}";
            var amount = Amount(fields[3], Path("amount"), errors);
            if (SpendRowRules.Entry(fields[0], fields[1], fields[2], amount, fields[4], workspaceCurrency, Path, errors) is { } entry)
            {
                entries.Add(entry);
            }
        }

        if (rows == 0 && errors.IsEmpty)
        {
            errors.Add(Line(2), "must hold at least one row after the header.");
        }

        return errors.IsEmpty
            ? Validated<IReadOnlyList<SpendEntry>>.Valid(entries)
            : Validated<IReadOnlyList<SpendEntry>>.Invalid(errors);
    }

    private static string Line(int number) => "line " + number.ToString(CultureInfo.InvariantCulture);

    private static decimal? Amount(string text, string path, ValidationErrors errors)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            errors.Add(path, "is required.");
            return null;
        }

        if (!decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            errors.Add(path, "must be a number like 1234.50.");
            return null;
        }

        return amount;
    }

    /// <summary>The fields of one line, or null when a quoted field is not closed on it.</summary>
    private static List<string>? Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            return null;
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static Validated<IReadOnlyList<SpendEntry>> Refuse(string key, string message) =>
        Validated<IReadOnlyList<SpendEntry>>.Invalid(ValidationErrors.Of(key, message));
}
