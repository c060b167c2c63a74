namespace Cascade.Domain.Identity;

/// <summary>
/// A person's identity: an e-mail address compared case-insensitively, stored trimmed and lower-case.
/// </summary>
public readonly record struct EmailAddress
{
    private EmailAddress(string value) => Value = value;

    /// <summary>The normalised address (trimmed, lower-case).</summary>
    public string Value { get; }

    /// <summary>The part after the last <c>@</c>.</summary>
    public string Domain => Value[(Value.LastIndexOf('@') + 1)..];

    /// <summary>Parses an address; false for empty input or anything that is not <c>local@domain.tld</c>.</summary>
    public static bool TryParse(string? text, out EmailAddress email)
    {
        email = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim().ToLowerInvariant();
        var at = value.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1 || value.Length > 254 || value.IndexOf('@') != at)
        {
            return false;
        }

        var domain = value[(at + 1)..];
        if (!domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.')
            || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        email = new EmailAddress(value);
        return true;
    }

    /// <summary>Parses an address the caller has already validated.</summary>
    /// <exception cref="FormatException">The text is not an e-mail address.</exception>
    public static EmailAddress Parse(string text) =>
        TryParse(text, out var email) ? email : throw new FormatException($"'{text}' is not an e-mail address.");

    public override string ToString() => Value ?? string.Empty;
}
