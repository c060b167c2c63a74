using Microsoft.Extensions.Options;

namespace Cascade.App.Customers;

/// <summary>Checks <c>Cascade:Customers</c> once, when the app starts: a bad setting stops the start, naming it.</summary>
public sealed class CustomersOptionsValidator : IValidateOptions<CustomersOptions>
{
    public ValidateOptionsResult Validate(string? name, CustomersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ToSettings().Problem is { } problem
            ? ValidateOptionsResult.Fail($"{CustomersOptions.Section}: {problem}")
            : ValidateOptionsResult.Success;
    }
}
