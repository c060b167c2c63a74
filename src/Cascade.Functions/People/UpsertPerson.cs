using Cascade.App.Ingestion;
using Cascade.App.People;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.People;

/// <summary>POST /api/people: a profile imported or entered by sales.</summary>
public sealed class UpsertPerson(PersonIngestion ingestion)
{
    [Function(nameof(UpsertPerson))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "people")] HttpRequest request)
    {
        if (!RequestBody.IsJson(request))
            return RequestBody.NotJson(request);
        var body = await RequestBody.ReadAsync(request, IngestionLimits.MaxFormBodyBytes, request.HttpContext.RequestAborted);
        if (body is null)
            return ProblemResults.PayloadTooLarge(IngestionLimits.MaxFormBodyBytes);
        var read = PersonUpsertReader.Read(body);
        if (!read.IsValid)
            return ProblemResults.Validation(read.Errors);

        return await StorageGuard.RunAsync(request, async cancellationToken =>
        {
            var outcome = await ingestion.AcceptAsync(read.Value!, cancellationToken);
            return new AcceptedResult((string?)null, new PersonAccepted(outcome.Accepted));
        });
    }
}
