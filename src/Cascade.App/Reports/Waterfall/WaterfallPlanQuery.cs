using Cascade.App.Reads;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Workspace;

namespace Cascade.App.Reports.Waterfall;

/// <summary>
/// <c>GET /api/reports/waterfall/{quarter}/plan?endingTarget=&amp;wonTarget=</c>: both targets are required. S is
/// the pipeline in scope at the quarter's start; the rates are observed over the four quarters before it, from
/// the same histories.
/// </summary>
public sealed class WaterfallPlanQuery(WaterfallHistories histories, WorkspaceSettings settings, TimeProvider time)
{
    public const string EndingTargetName = "endingTarget";
    public const string WonTargetName = "wonTarget";

    public async Task<ReadResult<WaterfallPlanView>> GetAsync(
        string? quarter, IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var parameters = new ReportParameters(query, settings.Calendar, now);
        var q = parameters.Quarter(quarter);
        var targets = new PipelineTargets(parameters.Money(EndingTargetName), parameters.Money(WonTargetName));
        if (!parameters.IsValid)
        {
            return ReadResult<WaterfallPlanView>.Invalid(parameters.Errors);
        }

        // S and the rates come from the four quarters before Q: only the histories listed under them.
        var listed = await histories.ForAsync(Enumerable.Range(1, 4).Select(i => q.Plus(-i)), cancellationToken: cancellationToken);
        var plan = PipelinePlan.ForQuarter(q, targets, listed);
        return ReadResult<WaterfallPlanView>.Found(new WaterfallPlanView(
            q.ToString(),
            plan.Starting,
            targets.Ending,
            targets.Won,
            plan.ProjectedLost,
            plan.ProjectedValueChange,
            plan.RequiredNew,
            new PlanningRatesView(plan.Rates.LossRate, plan.Rates.ValueChangeRate, plan.Rates.ObservedQuarters.Select(o => o.ToString()).ToList())));
    }
}
