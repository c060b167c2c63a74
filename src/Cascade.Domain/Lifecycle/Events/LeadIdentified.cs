namespace Cascade.Domain.Lifecycle.Events;

/// <summary>
/// The person's e-mail was seen for the first time: anonymous → known. <see cref="OpportunityId"/> is the deal on
/// which the CRM named them, when the CRM identified them.
/// </summary>
public sealed record LeadIdentified(IdentificationSource Source, string? TouchpointId = null, string? User = null, string? OpportunityId = null) : LifecycleEvent
{
    public override string Action => Source switch
    {
        IdentificationSource.Import => "identified_by_import",
        IdentificationSource.SalesEntry => "identified_by_sales_entry",
        IdentificationSource.Crm => "identified_by_crm",
        _ => "identified_by_touch",
    };

    public static LeadIdentified ByTouch(string touchpointId) => new(IdentificationSource.Touchpoint, touchpointId);

    public static LeadIdentified ByImport(string? user = null) => new(IdentificationSource.Import, User: user);

    public static LeadIdentified BySalesEntry(string? user = null) => new(IdentificationSource.SalesEntry, User: user);

    /// <summary>The CRM named the person on <paramref name="opportunityId"/> before any touch of theirs.</summary>
    public static LeadIdentified ByCrm(string opportunityId) => new(IdentificationSource.Crm, OpportunityId: opportunityId);
}
