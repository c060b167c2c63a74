using Cascade.App.Reads;

namespace Cascade.App.Attribution;

/// <summary>
/// <c>GET /api/opportunities/{id}/attribution</c>: the journey with its milestones and every model's credits,
/// keyed by the model's wire name (<c>first_touch</c> … <c>markov</c>), each list in journey order, and when the
/// Markov fit whose shares credit the <c>markov</c> model was made (null before a first fit).
/// </summary>
public sealed record OpportunityAttributionView(
    string OpportunityId,
    decimal Amount,
    string Sourced,
    bool Influenced,
    IReadOnlyList<JourneyTouchView> Journey,
    IReadOnlyDictionary<string, IReadOnlyList<TouchCreditView>> Models,
    DateTimeOffset? MarkovFittedAt = null);
