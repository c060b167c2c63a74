using Cascade.App.Attribution;
using Cascade.App.Reads;
using Cascade.App.Reports.Waterfall;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using Cascade.Domain.Workspace;

namespace Cascade.App.Reports.Pipeline;

/// <summary>
/// <c>GET /api/reports/pipeline/stuck?asOf=&amp;days=30</c>: <see cref="StuckDeals"/> over the histories listed under
/// <c>asOf</c>'s quarter and the deals open now (an overdue deal untouched for long is listed under no recent quarter).
/// Each stuck deal's last marketing touch comes from its people's touches, read by key
/// (<see cref="OpportunityScopeLoader"/>) for the current versions already listed, each account's and person's once.
/// </summary>
public sealed class StuckDealsQuery(WaterfallHistories histories, OpportunityScopeLoader scopes, WorkspaceSettings settings, TimeProvider time)
{
    public const string DaysName = "days";

    public async Task<ReadResult<IReadOnlyList<StuckDealView>>> GetAsync(IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken = default)
    {
        var parameters = new ReportParameters(query, settings.Calendar, time.GetUtcNow());
        var asOf = parameters.AsOf(PipelineQuery.AsOfName);
        var days = parameters.WholeNumber(DaysName, 30, 0, 3650);
        if (!parameters.IsValid)
        {
            return ReadResult<IReadOnlyList<StuckDealView>>.Invalid(parameters.Errors);
        }

        var listed = await histories.ForAsync([Quarter.Of(asOf, settings.Calendar)], withOpen: true, cancellationToken);
        var stuck = StuckDeals.Find(asOf, days, listed, settings.Calendar);
        var ids = stuck.Select(s => s.Deal.OpportunityId).ToHashSet(StringComparer.Ordinal);
        var touches = await scopes.JourneyTouchesAsync(listed.Where(h => ids.Contains(h.OpportunityId)).Select(h => h.Current!), cancellationToken);
        IReadOnlyList<StuckDealView> views = stuck.Select(s => new StuckDealView(
            s.Deal.OpportunityId, s.Deal.Name, s.Deal.State.Stage, s.Deal.State.Amount, s.Deal.State.CloseDate, s.DaysSinceChange, s.Overdue,
            LastMarketingTouch(touches[s.Deal.OpportunityId], asOf))).ToList();
        return ReadResult<IReadOnlyList<StuckDealView>>.Found(views);
    }

    private static DateTimeOffset? LastMarketingTouch(IEnumerable<Touchpoint> touches, DateTimeOffset asOf) =>
        touches
            .Where(t => t.Origin == Origin.Marketing && t.OccurredAt <= asOf)
            .Select(t => (DateTimeOffset?)t.OccurredAt)
            .Max();
}
