using Cascade.App.Leads;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Reads;

/// <summary>GET /api/people/{email}: the person's stage, score, history and touchpoints.</summary>
public sealed class GetPerson(PersonQuery query)
{
    [Function(nameof(GetPerson))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "people/{email}")] HttpRequest request, string email) =>
        StorageGuard.RunAsync(request, async cancellationToken => ReadAnswers.Json(await query.GetAsync(email, cancellationToken)));
}
