using Cascade.App.Configuration;
using Cascade.App.Dashboard;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Cascade.Functions.Dashboard;

/// <summary>
/// GET /api/dashboard: the HTML dashboard. It needs the function key like every read, and is opened with it as
/// <c>code</c> in the URL, which the page passes on to the JSON endpoints it calls.
/// </summary>
public sealed class GetDashboard(IOptions<CascadeOptions> options)
{
    [Function(nameof(GetDashboard))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "dashboard")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = DashboardPage.ContentSecurityPolicy;
        // The key sits in the page's URL: never send it on as a referrer, never keep the page in a shared cache.
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        return new ContentResult
        {
            Content = DashboardPage.Render(options.Value.Currency, options.Value.FiscalYearStartMonth),
            ContentType = DashboardPage.ContentType,
            StatusCode = StatusCodes.Status200OK,
        };
    }
}
