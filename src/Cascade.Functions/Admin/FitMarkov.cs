using Cascade.App.Attribution;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Admin;

/// <summary>POST /api/admin/markov/fit: refits the Markov chain over the whole store now and answers the fit saved.</summary>
public sealed class FitMarkov(MarkovFitJob job)
{
    [Function(nameof(FitMarkov))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "admin/markov/fit")] HttpRequest request) =>
        StorageGuard.RunAsync(request, async cancellationToken =>
        {
            var fit = await job.RunAsync(cancellationToken);
            return new OkObjectResult(new MarkovFitAnswer(fit.FittedAt, fit.Shares.Shares));
        });
}
