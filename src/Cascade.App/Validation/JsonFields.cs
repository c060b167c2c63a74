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

    /// <summary>
    /// The years an instant or date may fall in. Anything outside is a clock or unit error (a zero date, seconds read
    /// as milliseconds), lies before what Table Storage's date properties hold (1601) or near the calendar's end where
    /// quarter arithmetic overflows; refusing it keeps a 202 from turning into a poison message.
    /// </summary>
    public const int FirstYear = 1970;

    /// <inheritdoc cref="FirstYear"/>
    public const int LastYear = 2199;

    private static readonly string YearsProblem = $"must lie in the years {FirstYear} to {LastYear}.";

    public ValidationErrors Errors => errors;

    /// <summary>The error key of the object itself: empty for a body, <c>[3]</c> or <c>utm</c> for a nested one.</summary>
    public string Prefix => prefix;

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

    /// <summary>An identifier a route addresses (an opportunity id): an <see cref="Id"/> that <see cref="RouteIdentifiers"/> can carry.</summary>
    public string? RoutedId(string field, bool required = false)
    {
        var id = Id(field, required);
        if (id is not null && !RouteIdentifiers.CanCarry(id))
        {
            errors.Add(Path(field), RouteIdentifiers.Problem);
            return null;
        }

        return id;
    }

    /// <summary>An e-mail address that <c>/api/people/{email}</c> can address (<see cref="RouteIdentifiers"/>).</summary>
    public EmailAddress? Email(string field, bool required = false)
    {
        var text = Text(field, required, 254);
        return text is null ? null : EmailValue(text, Path(field));
    }

    /// <summary>An e-mail address given as one array element or derived value, checked as <see cref="Email"/> checks a field.</summary>
    public EmailAddress? EmailValue(string text, string path)
    {
        if (!EmailAddress.TryParse(text, out var email))
        {
            errors.Add(path, "must be an e-mail address.");
            return null;
        }

        if (!RouteIdentifiers.CanCarry(email.Value))
        {
            errors.Add(path, RouteIdentifiers.Problem);
            return null;
        }

        return email;
    }

    /// <summary>
    /// An account domain, normalised (<see cref="AccountDomains.Normalize"/>: no scheme, path or <c>www.</c>) and then
    /// a host name of letters, digits, <c>-</c>, <c>_</c> and <c>.</c>, so that it is a key and a route segment as is.
    /// </summary>
    public string? AccountDomain(string field)
    {
        var domain = AccountDomains.Normalize(Text(field, maxLength: 253));
        if (domain is null)
        {
            return null;
        }

        if (!domain.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.') || !RouteIdentifiers.CanCarry(domain))
        {
            errors.Add(Path(field), "must be a domain name, e.g. acme.com.");
            return null;
        }

        return domain;
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

        var utc = instant.ToUniversalTime();
        if (utc.Year < FirstYear || utc.Year > LastYear)
        {
            errors.Add(Path(field), YearsProblem);
            return null;
        }

        return utc;
    }

    public DateOnly? Date(string field, bool required = false)
    {
        var text = Text(field, required, 32);
        if (text is null)
        {
            return null;
        }

        DateOnly? date = null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            date = exact;
        }
        else if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant) && HasOffset(text))
        {
            // A CRM may send the close date as an instant; its UTC date is meant.
            date = DateOnly.FromDateTime(instant.UtcDateTime);
        }

        if (date is null)
        {
            errors.Add(Path(field), "must be a date, e.g. 2026-03-31.");
            return null;
        }

        if (date.Value.Year < FirstYear || date.Value.Year > LastYear)
        {
            errors.Add(Path(field), YearsProblem);
            return null;
        }

        return date;
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
