using Cascade.App.Forms;
using Cascade.App.Ingestion;
using Cascade.Functions.Http;
using Cascade.Functions.Ingestion;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Forms;

/// <summary>
/// POST /api/forms/{formId} (anonymous: browsers post to it) and its CORS preflight. An Origin that is not allowed
/// is refused 403. A browser that asks for HTML (a plain form post) is sent 303 to the form's redirectUrl, when
/// the form has one; everyone else gets 202 JSON. A filled honeypot is answered exactly as an accepted post.
/// </summary>
public sealed class SubmitForm(FormIntake intake)
{
    [Function(nameof(SubmitForm))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", "options", Route = "forms/{formId}")] HttpRequest request, string formId)
    {
        if (!intake.IsOriginAllowed(request.Headers.Origin))
            return ProblemResults.Forbidden($"Origin {request.Headers.Origin} may not post forms here.");
        if (HttpMethods.IsOptions(request.Method))
            return CorsHeaders.Preflight(request);
        CorsHeaders.AllowOrigin(request);

        if (!FormFields.IsSupported(request))
            return ProblemResults.UnsupportedMediaType(
                $"A form must be application/x-www-form-urlencoded, multipart/form-data or application/json, not {request.ContentType}.");
        var body = await RequestBody.ReadAsync(request, IngestionLimits.MaxFormBodyBytes, request.HttpContext.RequestAborted);
        if (body is null)
            return ProblemResults.PayloadTooLarge(IngestionLimits.MaxFormBodyBytes);
        var fields = await FormFields.ReadAsync(request, body, request.HttpContext.RequestAborted);
        if (!fields.IsValid)
            return ProblemResults.Validation(fields.Errors);

        return await StorageGuard.RunAsync(request, async cancellationToken =>
        {
            // The id of a post without submissionId is drawn here: nothing below the function layer draws randomness.
            var result = await intake.AcceptAsync(formId, fields.Value!, Guid.NewGuid().ToString("N"), cancellationToken);
            if (result.Outcome == FormIntakeOutcome.Invalid)
                return ProblemResults.Validation(result.Errors!);
            if (result.RedirectUrl is { } redirect && RequestBody.Accepts(request, "text/html"))
                return new RedirectSeeOther(redirect);
            return new AcceptedResult((string?)null, new TouchpointsAccepted(result.Ingested.Accepted, result.Ingested.Duplicates));
        });
    }
}
