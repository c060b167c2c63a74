using Cascade.App.Customers;
using Cascade.App.Ingestion;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Accounts;

/// <summary>
/// POST /api/accounts/{domain}/actions: churn or reactivate a customer, applied synchronously. 404 for an account of
/// which nothing is stored; 409 when the customer lifecycle refuses, with its reason and the current status.
/// </summary>
public sealed class ApplyAccountAction(CustomerActionService service)
{
    [Function(nameof(ApplyAccountAction))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "accounts/{domain}/actions")] HttpRequest request, string domain)
    {
        if (!RequestBody.IsJson(request))
            return RequestBody.NotJson(request);
        var body = await RequestBody.ReadAsync(request, IngestionLimits.MaxFormBodyBytes, request.HttpContext.RequestAborted);
        if (body is null)
            return ProblemResults.PayloadTooLarge(IngestionLimits.MaxFormBodyBytes);
        var read = CustomerActionReader.Read(body);
        if (!read.IsValid)
            return ProblemResults.Validation(read.Errors);

        return await StorageGuard.RunAsync(request, async cancellationToken =>
        {
            var result = await service.ApplyAsync(domain, read.Value!, cancellationToken);
            return result.Outcome switch
            {
                CustomerActionOutcome.Applied => new OkObjectResult(new AccountActionAnswer(result.Domain!, result.CustomerStatus, result.PreviousStatus)),
                CustomerActionOutcome.Invalid => ProblemResults.Validation(result.Errors!),
                CustomerActionOutcome.UnknownAccount => ProblemResults.NotFound(result.Reason ?? $"No account '{result.Domain}' is known."),
                _ => ProblemResults.Conflict(
                    result.Reason ?? "The customer lifecycle does not allow this action.",
                    new Dictionary<string, object?> { ["customerStatus"] = result.CustomerStatus }),
            };
        });
    }
}
