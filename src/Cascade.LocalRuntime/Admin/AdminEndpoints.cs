using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.LocalRuntime.Admin;

/// <summary>
/// The local runtime's own endpoints, outside the app's route prefix as the Functions host keeps its
/// <c>/admin</c> routes: <c>GET /admin/storage/operations</c> answers the storage requests sent since start,
/// <c>{ "table": { "batch": n, … }, "queue": { "put": n, … } }</c>, and <c>GET /admin/storage/operations/callers</c> the same
/// by function and table or queue, <c>{ "ProcessTouchpoints": { "table Touchpoints query": n, … }, "host": { … } }</c>.
/// Loopback only, like the whole runtime.
/// </summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/storage/operations", (HttpContext context) =>
            Results.Json(context.RequestServices.GetRequiredService<StorageOperationTotals>().Snapshot()));

        app.MapGet("/admin/storage/operations/callers", (HttpContext context) =>
            Results.Json(context.RequestServices.GetRequiredService<StorageOperationTotals>().ByCaller()));
    }
}
