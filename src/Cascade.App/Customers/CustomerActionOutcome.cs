namespace Cascade.App.Customers;

/// <summary>How a customer action ended (the function layer maps these to 200, 400, 404 and 409).</summary>
public enum CustomerActionOutcome
{
    Applied,
    Invalid,
    Refused,
    UnknownAccount,
}
