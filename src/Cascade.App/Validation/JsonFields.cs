using System.Globalization;
using System.Text.Json;
using Cascade.Domain.Identity;

namespace Cascade.App.Validation;

/// <summary>
/// Reads the fields of one JSON object, recording a message for every field that is missing, of the wrong
/// type or out of bounds, so that a request is answered with every problem at once and never with a 500.
/// </summary>
internal sealed class JsonFields(JsonElement element, string prefix, ValidationErrors errors)
{
    /// <summary>Longest free-text value kept (a Table property holds 32K characters; far above any real field).</summary>
    public const int MaxTextLength = 2048;

    /// <summary>Longest identifier (ids become table keys, which hold 1 KiB).</summary>
    public const int MaxIdLength = 256;

    public ValidationErrors Errors => errors;

    public string Path(string field) => prefix.Length == 0 ? field : prefix + "." + field;

    public string? Text(string field, bool required = false, int maxLength = MaxTextLength)
    {
        if (!TryGet(field, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(Path(field), "must be a string.");
            return null;
        }

        var text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            if (required)
            {
                errors.Add(Path(field), "is required.");
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(Path(field), $"must be at most {maxLength} characters.");
            return null;
        }

        if (text.Any(char.IsControl))
        {
            errors.Add(Path(field), "must not contain control characters.");
            return null;
        }

        return text;
    }

    public string? Id(string field, bool required = false) => Text(field, required, MaxIdLength);

    public EmailAddress? Email(string field, bool required = false)
    {
        var text = Text(field, required, 254);
        if (text is null)
        {
            return null;
        }

        if (!EmailAddress.TryParse(text, out var email))
        {
            errors.Add(Path(field), "must be an e-mail address.");
            return null;
        }

        return email;
    }

    /// <summary>An ISO 8601 instant; one without an offset is refused rather than guessed.</summary>
    public DateTimeOffset? Instant(string field, bool required = false)
    {
        var text = Text(field, required, 64);
        if (text is null)
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant)
            || !HasOffset(text))
        {
            errors.Add(Path(field), "must be an ISO 8601 instant with an offset, e.g. 2026-01-31T09:30:00Z.");
            return null;
        }

        return instant.ToUniversalTime();
    }

    public DateOnly? Date(string field, bool required = false)
    {
        var text = Text(field, required, 32);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // A CRM may send the close date as an instant; its UTC date is meant.
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant) && HasOffset(text))
        {
            return DateOnly.FromDateTime(instant.UtcDateTime);
        }

        errors.Add(Path(field), "must be a date, e.g. 2026-03-31.");
        return null;
    }

    public decimal? Money(string field, bool required = false)
    {
        if (!TryGet(field, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var amount))
        {
            errors.Add(Path(field), "must be a number.");
            return null;
        }

        if (amount < 0 || amount > 1_000_000_000_000m)
        {
            errors.Add(Path(field), "must be between 0 and 1,000,000,000,000.");
            return null;
        }

        if (decimal.Round(amount, 2) != amount)
        {
            errors.Add(Path(field), "must have at most two decimals (cents).");
            return null;
        }

        return amount;
    }

    /// <summary>A whole number; a numeric string is accepted too, as forms and automation tools send them.</summary>
    public int? Count(string field, int max = 10_000_000)
    {
        if (!TryGet(field, required: false, out var value))
        {
            return null;
        }

        int number;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out number))
        {
        }
        else if (value.ValueKind == JsonValueKind.String
            && int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number))
        {
        }
        else
        {
            errors.Add(Path(field), "must be a whole number.");
            return null;
        }

        if (number < 0 || number > max)
        {
            errors.Add(Path(field), $"must be between 0 and {max}.");
            return null;
        }

        return number;
    }

    public T? OneOf<T>(string field, IReadOnlyDictionary<string, T> allowed, bool required = false)
        where T : struct
    {
        var text = Text(field, required, 64);
        if (text is null)
        {
            return null;
        }

        if (allowed.TryGetValue(text.ToLowerInvariant(), out var value))
        {
            return value;
        }

        errors.Add(Path(field), $"must be one of: {string.Join(", ", allowed.Keys)}.");
        return null;
    }

    /// <summary>A nested object, or null when absent; a value of another type is an error.</summary>
    public JsonFields? Object(string field)
    {
        if (!TryGet(field, required: false, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Path(field), "must be an object.");
            return null;
        }

        return new JsonFields(value, Path(field), errors);
    }

    /// <summary>The elements of an array field, or empty when absent; a value of another type is an error.</summary>
    public IReadOnlyList<JsonElement> Array(string field, int maxItems)
    {
        if (!TryGet(field, required: false, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(Path(field), "must be an array.");
            return [];
        }

        if (value.GetArrayLength() > maxItems)
        {
            errors.Add(Path(field), $"must have at most {maxItems} items.");
            return [];
        }

        return value.EnumerateArray().ToList();
    }

    private bool TryGet(string field, bool required, out JsonElement value)
    {
        if (element.TryGetProperty(field, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            errors.Add(Path(field), "is required.");
        }

        return false;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
