using Cascade.App.Erasure;
using Cascade.App.Validation;
using Cascade.Domain.Identity;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.People;

/// <summary>
/// DELETE /api/people/{email}: erases a person on request (profile, identities, touchpoints, lead facts) and
/// queues the re-attribution of the opportunities that credited them; 202 with what was removed, 404 when
/// nothing is known of the person (a repeated request included).
/// </summary>
public sealed class ErasePerson(PersonErasure erasure)
{
    [Function(nameof(ErasePerson))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "people/{email}")] HttpRequest request, string email)
    {
        if (!EmailAddress.TryParse(email, out var address))
        {
            return ProblemResults.Validation(ValidationErrors.Of("email", "must be an e-mail address."));
        }

        return await StorageGuard.RunAsync(request, async cancellationToken =>
        {
            var result = await erasure.EraseAsync(address, cancellationToken);
            return result.Outcome == ErasureOutcome.Erased
                ? new AcceptedResult((string?)null, new ErasureAnswer(address.Value, result.TouchpointsRemoved, result.AnonymousIdsForgotten, result.ReattributedOpportunities))
                : ProblemResults.NotFound($"No person '{address}' is known.");
        });
    }
}
