using Microsoft.AspNetCore.Http;

namespace Cascade.LocalRuntime.Http;

/// <summary>The problem details the runtime itself answers with (RFC 9457).</summary>
internal static class Problems
{
    public static IResult Unauthorized() => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        type: "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        title: "Unauthorized",
        detail: $"A valid function key is required in the {FunctionKeyCheck.HeaderName} header or the {FunctionKeyCheck.QueryName} query parameter.");

    // Says nothing about the failure itself: the details go to the log under the invocation id.
    public static IResult FunctionFailed(string invocationId) => TypedResults.Problem(
        statusCode: StatusCodes.Status500InternalServerError,
        type: "https://tools.ietf.org/html/rfc9110#section-15.6.1",
        title: "Internal Server Error",
        detail: "The function failed. The server log has the details under this invocation id.",
        extensions: new Dictionary<string, object?> { ["invocationId"] = invocationId });
}
