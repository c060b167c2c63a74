namespace Cascade.Domain.Customers.Events;

/// <summary>
/// No activity since <see cref="LastActivityAt"/> for the threshold of <see cref="To"/> (<c>at_risk</c> or
/// <c>inactive</c>); raised by <see cref="CustomerMaintenance"/> at the instant it falls due.
/// </summary>
public sealed record SilenceElapsed(CustomerStatus To, DateTimeOffset LastActivityAt) : CustomerEvent
{
    public override string Action => "silence";
}
