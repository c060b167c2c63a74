namespace Cascade.Storage.Tables;

/// <summary>
/// Table Storage limits the adapters check before writing: a string property holds at most 64 KiB
/// (32 Ki UTF-16 characters), a binary property 64 KiB, a whole entity 1 MiB; an entity-group transaction takes at
/// most 100 operations and a request body of at most 4 MiB.
/// </summary>
public static class TableLimits
{
    public const int MaxStringChars = 32 * 1024;

    public const int MaxBinaryBytes = 64 * 1024;

    public const int MaxTransactionActions = 100;

    public const int MaxTransactionBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Returns <paramref name="value"/> when it fits a string property. Longer text is a caller bug: the
    /// edge validates sizes, and growing lists are stored as rows, not as one property.
    /// </summary>
    /// <exception cref="ArgumentException">The value is longer than <see cref="MaxStringChars"/>.</exception>
    public static string? CheckString(string? value, string property) =>
        value is { Length: > MaxStringChars }
            ? throw new ArgumentException($"'{property}' is {value.Length} characters; a table property holds at most {MaxStringChars}.", property)
            : value;
}
