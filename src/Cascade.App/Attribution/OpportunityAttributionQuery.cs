using Cascade.App.Configuration;
using Cascade.App.Reads;
using Cascade.Domain.Attribution;
using Microsoft.Extensions.Options;

namespace Cascade.App.Attribution;

/// <summary>
/// <c>GET /api/opportunities/{id}/attribution?kind=</c>. An unknown id is not found; revenue of an opportunity
/// that exists but is not won is a conflict (409): the opportunity is there, it has no revenue yet.
/// </summary>
public sealed class OpportunityAttributionQuery(IWorkspaceReader reader, IOptions<CascadeOptions> options, TimeProvider time)
{
    public async Task<ReadResult<OpportunityAttributionView>> GetAsync(
        string opportunityId, IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var parameters = new ReportParameters(query, options.Value.ToWorkspaceSettings().Calendar, now);
        var kind = parameters.Kind();
        if (!parameters.IsValid)
        {
            return ReadResult<OpportunityAttributionView>.Invalid(parameters.Errors);
        }

        var analysis = await reader.AnalyzeAsync(now, cancellationToken);
        var id = opportunityId?.Trim() ?? string.Empty;
        if (!analysis.Opportunities.Any(h => string.Equals(h.OpportunityId, id, StringComparison.Ordinal)))
        {
            return ReadResult<OpportunityAttributionView>.NotFound($"No opportunity '{id}' is known.");
        }

        var outcome = analysis.Attribute(id, kind);
        return outcome.Attribution is { } attribution
            ? ReadResult<OpportunityAttributionView>.Found(ViewOf(attribution))
            : ReadResult<OpportunityAttributionView>.Conflict(outcome.Refusal!);
    }

    /// <summary>The API's view of one attribution.</summary>
    public static OpportunityAttributionView ViewOf(OpportunityAttribution attribution)
    {
        var journey = attribution.Journey;
        var touches = journey.Touches
            .Select((t, i) => new JourneyTouchView(
                t.EventId, t.OccurredAt, t.Type, t.Channel, WireNames.Of(t.Origin), t.Campaign, MilestoneNames.Of(journey.Milestones[i])))
            .ToList();

        var models = new Dictionary<string, IReadOnlyList<TouchCreditView>>(StringComparer.Ordinal);
        foreach (var model in attribution.Models)
        {
            models[model.Model.ToWireName()] = journey.Touches
                .Select((t, i) => new TouchCreditView(t.EventId, model.Credits[i], model.Amounts[i]))
                .ToList();
        }

        return new OpportunityAttributionView(
            attribution.OpportunityId, attribution.Amount, WireNames.Of(attribution.Sourced), attribution.Influenced, touches, models);
    }
}
