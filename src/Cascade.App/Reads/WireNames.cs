using Cascade.Domain.Attribution;
using Cascade.Domain.Touchpoints;

namespace Cascade.App.Reads;

/// <summary>The lower-case names the API writes for the domain's enums (api.md, domain.md).</summary>
internal static class WireNames
{
    public static string Of(Origin origin) => origin == Origin.Marketing ? "marketing" : "sales";

    public static string Of(AttributionKind kind) => kind == AttributionKind.Revenue ? "revenue" : "pipeline";

    public static string Of(AttributionGroupBy groupBy) => groupBy.ToString().ToLowerInvariant();

    public static string Of(Sourcing sourcing) => sourcing.ToString().ToLowerInvariant();
}
