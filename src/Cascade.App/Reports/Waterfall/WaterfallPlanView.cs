namespace Cascade.App.Reports.Waterfall;

/// <summary>
/// <c>GET /api/reports/waterfall/{quarter}/plan?endingTarget=&amp;wonTarget=</c>: the new pipeline the quarter needs,
/// <see cref="RequiredNew"/> = E − S + W + L − V, with L and V projected from the rates applied to S (cents).
/// Negative when the targets are met without new pipeline; not clamped, so the figures still add up.
/// </summary>
public sealed record WaterfallPlanView(
    string Quarter,
    decimal Starting,
    decimal EndingTarget,
    decimal WonTarget,
    decimal ProjectedLost,
    decimal ProjectedValueChange,
    decimal RequiredNew,
    PlanningRatesView Rates);
