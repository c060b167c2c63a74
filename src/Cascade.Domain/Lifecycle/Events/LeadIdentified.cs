namespace Cascade.Domain.Lifecycle.Events;

/// <summary>The person's e-mail was seen for the first time: anonymous → known.</summary>
public sealed record LeadIdentified(IdentificationSource Source, string? TouchpointId = null, string? User = null) : LifecycleEvent
{
    public override string Action => Source switch
    {
        IdentificationSource.Import => "identified_by_import",
        IdentificationSource.SalesEntry => "identified_by_sales_entry",
        _ => "identified_by_touch",
    };

    public static LeadIdentified ByTouch(string touchpointId) => new(IdentificationSource.Touchpoint, touchpointId);

    public static LeadIdentified ByImport(string? user = null) => new(IdentificationSource.Import, User: user);

    public static LeadIdentified BySalesEntry(string? user = null) => new(IdentificationSource.SalesEntry, User: user);
}
