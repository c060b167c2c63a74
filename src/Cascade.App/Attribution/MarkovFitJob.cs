using Cascade.App.Reads;
using Cascade.Storage.Attribution;

namespace Cascade.App.Attribution;

/// <summary>
/// Fits the Markov chain over every journey of the store (domain §5) and saves it as the latest fit, which the
/// opportunity attribution read (<see cref="OpportunityAttributionQuery"/>) applies to each stored journey. A
/// whole-store computation, which is what a model fit may be: run by <c>POST /api/admin/markov/fit</c>; the
/// daily maintenance job and every waterfall snapshot save the fit of the analysis they make anyway.
/// </summary>
public sealed class MarkovFitJob(IWorkspaceReader reader, MarkovSharesStore markov, TimeProvider time)
{
    /// <summary>Fits and saves; answers the fit saved.</summary>
    public async Task<MarkovFit> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var analysis = await reader.AnalyzeAsync(now, cancellationToken);
        var fit = new MarkovFit(analysis.MarkovShares, now);
        await markov.SaveAsync(fit, cancellationToken);
        return fit;
    }
}
