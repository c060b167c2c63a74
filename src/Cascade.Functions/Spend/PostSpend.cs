using Cascade.App.Spend;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;

namespace Cascade.Functions.Spend;

/// <summary>POST /api/spend: spend rows as a JSON array or <c>text/csv</c>; all stored, or none with every row's errors.</summary>
public sealed class PostSpend(SpendUpload upload)
{
    [Function(nameof(PostSpend))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "spend")] HttpRequest request)
    {
        SpendFormat format;
        if (IsCsv(request))
            format = SpendFormat.Csv;
        else if (RequestBody.IsJson(request))
            format = SpendFormat.Json;
        else
            return ProblemResults.UnsupportedMediaType($"The body must be application/json or text/csv, not {request.ContentType}.");

        var body = await RequestBody.ReadAsync(request, SpendLimits.MaxBodyBytes, request.HttpContext.RequestAborted);
        if (body is null)
            return ProblemResults.PayloadTooLarge(SpendLimits.MaxBodyBytes);

        return await StorageGuard.RunAsync(request, async cancellationToken =>
        {
            var result = await upload.AcceptAsync(body, format, cancellationToken);
            return result.IsStored
                ? new OkObjectResult(new SpendStored(result.Rows, result.Cells))
                : ProblemResults.Validation(result.Errors, "One or more rows are invalid; nothing was stored.");
        });
    }

    private static bool IsCsv(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals(ReadAnswers.CsvMediaType, StringComparison.OrdinalIgnoreCase);
}
