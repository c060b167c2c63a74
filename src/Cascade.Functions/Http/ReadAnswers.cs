using Cascade.App.Reads;
using Cascade.App.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Cascade.Functions.Http;

/// <summary>
/// Maps a read's result to HTTP: 200 JSON, or CSV when the request asks for <c>text/csv</c> (Accept) or
/// <c>format=csv</c>; 400, 404 and 409 problem details for the failures. <c>format</c> also accepts <c>json</c>;
/// any other value is refused, so a typo is not silently answered in another format.
/// </summary>
public static class ReadAnswers
{
    public const string FormatParameter = "format";
    public const string CsvMediaType = "text/csv";

    public static IActionResult Json<T>(ReadResult<T> result)
        where T : class => Map(result, value => new OkObjectResult(value));

    public static IActionResult JsonOrCsv<T>(HttpRequest request, ReadResult<T> result, Func<T, string> csv)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(csv);
        string? format = request.Query[FormatParameter];
        if (!string.IsNullOrEmpty(format) && format is not ("csv" or "json"))
            return ProblemResults.Validation(ValidationErrors.Of(FormatParameter, "must be csv or json."), "One or more parameters are invalid.");
        var asCsv = format == "csv" || (format is null && RequestBody.Accepts(request, CsvMediaType));
        return Map(result, value => asCsv
            ? new ContentResult { Content = csv(value), ContentType = CsvMediaType + "; charset=utf-8", StatusCode = StatusCodes.Status200OK }
            : new OkObjectResult(value));
    }

    // Each outcome's status; a conflict is a thing that exists but cannot answer (revenue of an open opportunity).
    private static IActionResult Map<T>(ReadResult<T> result, Func<T, IActionResult> found)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            ReadOutcome.Found => found(result.Value!),
            ReadOutcome.Invalid => ProblemResults.Validation(result.Errors, result.Detail ?? "One or more parameters are invalid."),
            ReadOutcome.NotFound => ProblemResults.NotFound(result.Detail ?? "Not found."),
            ReadOutcome.Conflict => ProblemResults.Conflict(result.Detail ?? "Conflict."),
            _ => throw new InvalidOperationException($"Unknown read outcome {result.Outcome}."),
        };
    }
}
