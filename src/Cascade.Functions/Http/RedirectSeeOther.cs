using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Cascade.Functions.Http;

/// <summary>
/// 303 See Other: after a POST the browser GETs the location (a 302 may replay the POST in old browsers), as a
/// form's thank-you page needs.
/// </summary>
public sealed class RedirectSeeOther(Uri location) : IActionResult
{
    public Uri Location { get; } = location;

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.HttpContext.Response.Headers.Location = Location.AbsoluteUri;
        return Task.CompletedTask;
    }
}
