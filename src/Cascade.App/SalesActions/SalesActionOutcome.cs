namespace Cascade.App.SalesActions;

/// <summary>How a sales action ended (the function layer maps these to 200, 409 and 404).</summary>
public enum SalesActionOutcome
{
    Applied,
    Refused,
    UnknownPerson,
}
