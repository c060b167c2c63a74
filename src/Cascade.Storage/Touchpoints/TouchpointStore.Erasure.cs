using Azure;
using Azure.Data.Tables;
using Cascade.Domain.Identity;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Touchpoints;

public sealed partial class TouchpointStore
{
    /// <summary>
    /// Removes a person's journey (erasure on request): their own touches and those of the anonymous ids stitched to
    /// them, each one row range of its bucket. Returns how many touches went. Touches are written once and never updated, so
    /// there is no version to check.
    /// </summary>
    public async Task<int> DeleteJourneyAsync(
        EmailAddress email, IEnumerable<string> stitchedAnonymousIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stitchedAnonymousIds);
        var journeys = stitchedAnonymousIds.Select(AnonymousJourney).Prepend(PersonJourney(email)).Distinct(StringComparer.Ordinal);
        var removed = 0;
        foreach (var journey in journeys)
        {
            var rows = await TableQueries.RowPrefixAsync<TableEntity>(Table, BucketOf(journey), RowPrefixOf(journey), cancellationToken);
            await EntityGroups.SubmitAsync(
                Table, rows.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), cancellationToken);
            removed += rows.Count;
        }

        return removed;
    }
}
