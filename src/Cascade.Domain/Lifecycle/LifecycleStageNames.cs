namespace Cascade.Domain.Lifecycle;

/// <summary>The snake_case names of the stages, as domain §3 and the API write them.</summary>
public static class LifecycleStageNames
{
    public static string ToName(this LifecycleStage stage) => stage switch
    {
        LifecycleStage.SalesRejected => "sales_rejected",
        _ => stage.ToString().ToLowerInvariant(),
    };
}
