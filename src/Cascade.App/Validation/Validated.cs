namespace Cascade.App.Validation;

/// <summary>What reading a request body gives: the value, or the reasons it was refused.</summary>
public sealed class Validated<T>
{
    private Validated(bool isValid, T? value, ValidationErrors? errors)
    {
        IsValid = isValid;
        Value = value;
        Errors = errors ?? new ValidationErrors();
    }

    public T? Value { get; }

    public ValidationErrors Errors { get; }

    public bool IsValid { get; }

    public static Validated<T> Valid(T value) => new(true, value, null);

    public static Validated<T> Invalid(ValidationErrors errors) => new(false, default, errors);
}
