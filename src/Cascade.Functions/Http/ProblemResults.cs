using Cascade.App.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Cascade.Functions.Http;

/// <summary>
/// RFC 9457 problem details as action results (<c>application/problem+json</c>, with <c>type</c>, <c>title</c>,
/// <c>status</c>, <c>detail</c>, and <c>errors</c> for validation), so every function refuses alike.
/// </summary>
public static class ProblemResults
{
    private const string Rfc9110 = "https://tools.ietf.org/html/rfc9110#section-";

    public static ObjectResult Validation(ValidationErrors errors, string detail = "One or more fields are invalid.")
    {
        ArgumentNullException.ThrowIfNull(errors);
        var result = Create(StatusCodes.Status400BadRequest, Rfc9110 + "15.5.1", "Bad Request", detail);
        ((ProblemDetails)result.Value!).Extensions["errors"] = errors.ToDictionary();
        return result;
    }

    public static ObjectResult Unauthorized(string detail) =>
        Create(StatusCodes.Status401Unauthorized, Rfc9110 + "15.5.2", "Unauthorized", detail);

    public static ObjectResult Forbidden(string detail) =>
        Create(StatusCodes.Status403Forbidden, Rfc9110 + "15.5.4", "Forbidden", detail);

    public static ObjectResult NotFound(string detail) =>
        Create(StatusCodes.Status404NotFound, Rfc9110 + "15.5.5", "Not Found", detail);

    public static ObjectResult Conflict(string detail, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        var result = Create(StatusCodes.Status409Conflict, Rfc9110 + "15.5.10", "Conflict", detail);
        foreach (var (name, value) in extensions ?? new Dictionary<string, object?>())
            ((ProblemDetails)result.Value!).Extensions[name] = value;
        return result;
    }

    public static ObjectResult PayloadTooLarge(int maxBytes) => Create(
        StatusCodes.Status413PayloadTooLarge, Rfc9110 + "15.5.14", "Content Too Large", $"The body must be at most {maxBytes / 1024} KiB.");

    public static ObjectResult UnsupportedMediaType(string detail) =>
        Create(StatusCodes.Status415UnsupportedMediaType, Rfc9110 + "15.5.16", "Unsupported Media Type", detail);

    public static ObjectResult ServiceUnavailable(string detail) => Create(
        StatusCodes.Status503ServiceUnavailable, Rfc9110 + "15.6.4", "Service Unavailable", detail);

    public static ObjectResult Create(int status, string type, string title, string detail)
    {
        var problem = new ProblemDetails { Type = type, Title = title, Status = status, Detail = detail };
        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }
}
