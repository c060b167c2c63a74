using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Cascade.Functions.Http;

/// <summary>RFC 9457 problem details as action results, so every function answers errors alike.</summary>
public static class ProblemResults
{
    public static ObjectResult ServiceUnavailable(string detail) => Create(
        StatusCodes.Status503ServiceUnavailable, "https://tools.ietf.org/html/rfc9110#section-15.6.4", "Service Unavailable", detail);

    public static ObjectResult Create(int status, string type, string title, string detail)
    {
        var problem = new ProblemDetails { Type = type, Title = title, Status = status, Detail = detail };
        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }
}
