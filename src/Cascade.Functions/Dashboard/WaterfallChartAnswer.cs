using Cascade.App.Reads;
using Cascade.App.Reports.Svg;
using Cascade.App.Reports.Waterfall;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Cascade.Functions.Dashboard;

/// <summary>
/// The waterfall read's chart form: asked for by <c>?format=svg</c> or, when no <c>format</c> is given, by an
/// <c>Accept</c> that names <c>image/svg+xml</c> (as an <c>img</c> element's does). Failures stay problem details.
/// </summary>
public static class WaterfallChartAnswer
{
    public const string FormatValue = "svg";

    public static bool IsAsked(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? format = request.Query[ReadAnswers.FormatParameter];
        return string.IsNullOrEmpty(format)
            ? RequestBody.Accepts(request, WaterfallSvg.ContentType)
            : string.Equals(format, FormatValue, StringComparison.OrdinalIgnoreCase);
    }

    public static IActionResult Of(ReadResult<WaterfallView> result, string currency)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsFound)
            return ReadAnswers.Json(result);
        return new ContentResult
        {
            Content = WaterfallSvg.Render(result.Value!, currency),
            ContentType = WaterfallSvg.ContentType + "; charset=utf-8",
            StatusCode = StatusCodes.Status200OK,
        };
    }
}
