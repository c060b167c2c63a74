using Cascade.App.Validation;

namespace Cascade.App.Reads;

/// <summary>
/// The answer of a read: the view, or why there is none. Expected failures (bad parameter, unknown id) are
/// results, never exceptions, so the function layer only maps <see cref="Outcome"/> to a status.
/// </summary>
public sealed class ReadResult<T>
    where T : class
{
    private ReadResult(ReadOutcome outcome, T? value, ValidationErrors? errors, string? detail)
    {
        Outcome = outcome;
        Value = value;
        Errors = errors ?? new ValidationErrors();
        Detail = detail;
    }

    public ReadOutcome Outcome { get; }

    /// <summary>The view; set only when <see cref="Outcome"/> is <see cref="ReadOutcome.Found"/>.</summary>
    public T? Value { get; }

    /// <summary>The refused parameters, keyed by parameter name; empty unless <see cref="ReadOutcome.Invalid"/>.</summary>
    public ValidationErrors Errors { get; }

    /// <summary>A sentence for problem details' <c>detail</c> (not found, conflict).</summary>
    public string? Detail { get; }

    public bool IsFound => Outcome == ReadOutcome.Found;

    public static ReadResult<T> Found(T value) => new(ReadOutcome.Found, value ?? throw new ArgumentNullException(nameof(value)), null, null);

    public static ReadResult<T> Invalid(ValidationErrors errors) => new(ReadOutcome.Invalid, null, errors, "One or more parameters are invalid.");

    public static ReadResult<T> NotFound(string detail) => new(ReadOutcome.NotFound, null, null, detail);

    public static ReadResult<T> Conflict(string detail) => new(ReadOutcome.Conflict, null, null, detail);

    /// <summary>The same failure for another view type (a read that fails before it computes anything).</summary>
    public ReadResult<TOther> As<TOther>()
        where TOther : class => Outcome == ReadOutcome.Found
        ? throw new InvalidOperationException("A found result carries its own view.")
        : new ReadResult<TOther>(Outcome, null, Errors, Detail);
}
