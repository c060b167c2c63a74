using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.LocalRuntime.Admin;

/// <summary>
/// The local runtime's own endpoints, outside the app's route prefix as the Functions host keeps its
/// <c>/admin</c> routes: <c>GET /admin/storage/operations</c> answers the storage requests sent since start,
/// <c>{ "table": { "batch": n, … }, "queue": { "put": n, … } }</c>. Loopback only, like the whole runtime.
/// </summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/admin/storage/operations", (HttpContext context) =>
            Results.Json(context.RequestServices.GetRequiredService<StorageOperationTotals>().Snapshot()));
}
