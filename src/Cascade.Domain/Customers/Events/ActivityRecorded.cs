namespace Cascade.Domain.Customers.Events;

/// <summary>A touchpoint of one of the account's people: re-engages an at-risk or inactive customer.</summary>
public sealed record ActivityRecorded(string TouchpointId) : CustomerEvent
{
    public override string Action => "activity";
}
