using Cascade.Domain.Attribution;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Attribution;

namespace Cascade.App.Attribution;

/// <summary>
/// What <c>?type=</c> keeps in the reports built on opportunity histories (waterfall, pipeline, open influence): the
/// type stored with each deal's pipeline attribution, read by key, as the attribution reports filter by it. A deal
/// whose attribution is not stored yet counts as <c>new_business</c> until it is.
/// </summary>
public sealed class StoredOpportunityTypes(AttributionStore attributions)
{
    /// <summary>The histories of deals of <paramref name="type"/>; all of them when no type is asked for.</summary>
    public async Task<IReadOnlyList<OpportunityHistory>> KeepAsync(
        IReadOnlyList<OpportunityHistory> histories, OpportunityType? type, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(histories);
        if (type is not { } only)
        {
            return histories;
        }

        var types = await Task.WhenAll(histories.Select(h => TypeOfAsync(h.OpportunityId, cancellationToken)));
        return histories.Where((_, i) => types[i] == only).ToList();
    }

    /// <summary>The type a deal counts as, from its stored pipeline attribution's summary (null: not attributed yet).</summary>
    public static OpportunityType TypeOf(AttributionSummary? summary) => summary?.Type ?? OpportunityType.NewBusiness;

    private async Task<OpportunityType> TypeOfAsync(string opportunityId, CancellationToken cancellationToken) =>
        TypeOf(await attributions.SummaryAsync(opportunityId, AttributionKind.Pipeline, cancellationToken));
}
