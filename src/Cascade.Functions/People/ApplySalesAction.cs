using Cascade.App.Ingestion;
using Cascade.App.SalesActions;
using Cascade.App.Validation;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.People;

/// <summary>
/// POST /api/people/{email}/actions: a sales action, applied synchronously. 404 for an unknown person; 409 when
/// the lifecycle refuses, with its reason and, for an accept, to whom the lead was routed.
/// </summary>
public sealed class ApplySalesAction(SalesActionService service)
{
    [Function(nameof(ApplySalesAction))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "people/{email}/actions")] HttpRequest request, string email)
    {
        if (!EmailAddress.TryParse(email, out var address))
            return ProblemResults.Validation(ValidationErrors.Of("email", "must be an e-mail address."));
        if (!RequestBody.IsJson(request))
            return RequestBody.NotJson(request);
        var body = await RequestBody.ReadAsync(request, IngestionLimits.MaxFormBodyBytes, request.HttpContext.RequestAborted);
        if (body is null)
            return ProblemResults.PayloadTooLarge(IngestionLimits.MaxFormBodyBytes);
        var read = SalesActionReader.Read(body);
        if (!read.IsValid)
            return ProblemResults.Validation(read.Errors);

        return await StorageGuard.RunAsync(request, async cancellationToken =>
        {
            var result = await service.ApplyAsync(address, read.Value!, cancellationToken);
            return result.Outcome switch
            {
                SalesActionOutcome.Applied => new OkObjectResult(new SalesActionAnswer(result.Email, result.Stage?.ToName(), result.PreviousStage?.ToName())),
                SalesActionOutcome.UnknownPerson => ProblemResults.NotFound(result.Reason ?? $"No person '{result.Email}' is known."),
                _ => ProblemResults.Conflict(
                    result.Reason ?? "The lifecycle does not allow this action.",
                    new Dictionary<string, object?> { ["stage"] = result.Stage?.ToName(), ["routedTo"] = result.RoutedTo }),
            };
        });
    }
}
