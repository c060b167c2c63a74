namespace Cascade.App.Validation;

/// <summary>
/// Field-level validation messages keyed as problem details' <c>errors</c> expects: <c>field</c>,
/// <c>utm.source</c>, or <c>[3].eventId</c> for the fourth item of a batch.
/// </summary>
public sealed class ValidationErrors
{
    private readonly SortedDictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public int Count => _errors.Count;

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>A single error, for refusals that concern the whole body.</summary>
    public static ValidationErrors Of(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return errors;
    }
}
