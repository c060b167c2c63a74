using Cascade.App.Reads;
using Cascade.Domain.Attribution;
using Cascade.Domain.Workspace;
using Cascade.Storage.Attribution;
using Cascade.Storage.Opportunities;

namespace Cascade.App.Attribution;

/// <summary>
/// <c>GET /api/opportunities/{id}/attribution?kind=</c>, read by key: the attribution the <c>attribution</c> queue
/// stored for the opportunity (<see cref="AttributionHandler"/>: journey, milestones, sourced/influenced, nine exact
/// models) and the latest Markov fit, whose shares are applied to the stored journey as it is read (domain §5), so
/// a refit changes every opportunity's Markov credits at once; the answer says when the fit was made.
/// </summary>
/// <remarks>
/// An unknown id is not found. When nothing is stored for the kind (revenue of an opportunity not won, or an
/// attribution not computed yet), the opportunity's scope is read by key (<see cref="OpportunityScopeLoader"/>) and
/// attributed now: revenue of an opportunity that exists but is not won is a conflict (409), and so is any attribution of
/// a deal no version documents yet (api.md: undocumented deals are in no attribution until documented).
/// </remarks>
public sealed class OpportunityAttributionQuery(
    AttributionStore attributions,
    MarkovSharesStore markov,
    OpportunityScopeLoader scopes,
    OpportunityStore opportunities,
    WorkspaceSettings settings,
    TimeProvider time)
{
    public async Task<ReadResult<OpportunityAttributionView>> GetAsync(
        string opportunityId, IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var parameters = new ReportParameters(query, settings.Calendar, now);
        var kind = parameters.Kind();
        if (!parameters.IsValid)
        {
            return ReadResult<OpportunityAttributionView>.Invalid(parameters.Errors);
        }

        var id = opportunityId?.Trim() ?? string.Empty;
        var stored = attributions.GetAsync(id, kind, cancellationToken);
        var fit = markov.GetAsync(cancellationToken);
        await Task.WhenAll(stored, fit);
        if (await stored is { } record)
        {
            var latest = await fit;
            var restored = StoredAttributions.Restore(record, latest?.Shares, settings.Lookback);
            return ReadResult<OpportunityAttributionView>.Found(ViewOf(restored) with { MarkovFittedAt = latest?.FittedAt });
        }

        if (await scopes.LoadAsync(id, now, cancellationToken) is not { } scope)
        {
            return (await opportunities.StatesAsync(id, cancellationToken)).Count > 0
                ? ReadResult<OpportunityAttributionView>.Conflict(
                    $"Opportunity '{id}' is not documented yet: no version has both an amount and a close date, so it is in no attribution.")
                : ReadResult<OpportunityAttributionView>.NotFound($"No opportunity '{id}' is known.");
        }

        var shares = (await fit)?.Shares ?? scope.FitMarkov();
        var outcome = scope.Attribute(kind, shares);
        return outcome.Attribution is { } attribution
            ? ReadResult<OpportunityAttributionView>.Found(ViewOf(attribution) with { MarkovFittedAt = (await fit)?.FittedAt })
            : ReadResult<OpportunityAttributionView>.Conflict(outcome.Refusal!);
    }

    /// <summary>The API's view of one attribution computed now.</summary>
    public static OpportunityAttributionView ViewOf(OpportunityAttribution attribution)
    {
        ArgumentNullException.ThrowIfNull(attribution);
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
