using Cascade.App.Reads;
using Cascade.Domain.Pipeline;
using Cascade.Storage.OpportunityQuarters;
using Cascade.Storage.Opportunities;

namespace Cascade.App.Reports.Undocumented;

/// <summary>
/// <c>GET /api/reports/undocumented</c>: the deals held out of every figure because no version supplies both an amount
/// and a close date, whatever their status (a deal won undocumented is revenue the reports miss). Reads the list the
/// <c>opportunities</c> handler keeps, then each listed deal's versions by key, and drops any documented meanwhile.
/// Oldest creation first.
/// </summary>
public sealed class UndocumentedQuery(OpportunityQuarterStore index, OpportunityStore opportunities, TimeProvider time)
{
    public async Task<ReadResult<IReadOnlyList<UndocumentedOpportunityView>>> GetAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var ids = await index.ListUndocumentedAsync(cancellationToken);
        var versions = await Task.WhenAll(ids.Select(id => opportunities.StatesAsync(id, cancellationToken)));
        IReadOnlyList<UndocumentedOpportunityView> views = versions
            .Where(v => v.Count > 0 && OpportunityDocumentation.FirstDocumented(v) < 0)
            .Select(v => View(v[^1], now))
            .OrderBy(v => v.CreatedAt)
            .ThenBy(v => v.OpportunityId, StringComparer.Ordinal)
            .ToList();
        return ReadResult<IReadOnlyList<UndocumentedOpportunityView>>.Found(views);
    }

    private static UndocumentedOpportunityView View(Opportunity latest, DateTimeOffset now) => new(
        latest.OpportunityId,
        latest.Name,
        latest.AccountDomain,
        latest.CreatedAt,
        [.. MissingNames(latest.Missing)],
        Math.Max(0, (int)(now - latest.CreatedAt).TotalDays));

    private static IEnumerable<string> MissingNames(OpportunityMissingFields missing)
    {
        if (missing.HasFlag(OpportunityMissingFields.Amount))
        {
            yield return "amount";
        }

        if (missing.HasFlag(OpportunityMissingFields.CloseDate))
        {
            yield return "closeDate";
        }
    }
}
