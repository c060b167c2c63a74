namespace Cascade.Domain.Lifecycle;

/// <summary>
/// Where a person stands in the lead lifecycle (domain §3): the main stages in order, then the side
/// stages. <c>fan</c> is a flag on the lead, not a stage.
/// </summary>
public enum LifecycleStage
{
    Anonymous,
    Known,
    Mql,
    Sal,
    Sql,
    Opportunity,
    Customer,
    Disqualified,
    SalesRejected,
    Recycled,
    Lost,
    Dormant,
}
