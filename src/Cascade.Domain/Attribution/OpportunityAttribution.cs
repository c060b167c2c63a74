using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Attribution;

/// <summary>
/// The attribution of one opportunity for one kind: its journey, who sourced it, whether marketing
/// influenced it, and every model's credits and money.
/// <list type="bullet">
/// <item>Amount: for pipeline the amount at creation (the first state the CRM sent), for revenue the won
/// amount (the latest state); see <see cref="OpportunityAttributor.AmountFor"/>.</item>
/// <item>Influenced: at least one marketing touch in the journey, i.e. at or before creation (pipeline) or
/// close (revenue). "Before" includes the instant itself, as the journey does: a touch at that very
/// instant is part of the journey that is credited, so it also influences.</item>
/// <item>An empty journey is <see cref="Sourcing.Unattributed"/>, not influenced, and gives no credit.</item>
/// </list>
/// </summary>
public sealed class OpportunityAttribution
{
    private readonly ModelAttribution[] _models;

    private OpportunityAttribution(Journey journey, decimal amount, Sourcing sourced, bool influenced, ModelAttribution[] models)
    {
        Journey = journey;
        Amount = amount;
        Sourced = sourced;
        Influenced = influenced;
        _models = models;
    }

    public string OpportunityId => Journey.OpportunityId;

    public AttributionKind Kind => Journey.Kind;

    public DateTimeOffset CreatedAt => Journey.CreatedAt;

    public decimal Amount { get; }

    public Sourcing Sourced { get; }

    public bool Influenced { get; }

    public Journey Journey { get; }

    /// <summary>Every model's answer, in <see cref="AttributionModels.All"/> order.</summary>
    public IReadOnlyList<ModelAttribution> Models => _models;

    public ModelAttribution For(AttributionModel model) => _models[(int)model];

    /// <summary>Credits <paramref name="amount"/> over <paramref name="journey"/> under every model.</summary>
    public static OpportunityAttribution Compute(Journey journey, decimal amount, MarkovShares shares)
    {
        var n = journey.Count;
        var all = AttributionModels.All;
        var models = new ModelAttribution[all.Count];
        Span<double> raw = n <= 256 ? stackalloc double[n] : new double[n];
        for (var m = 0; m < models.Length; m++)
        {
            var credits = new double[n];
            if (n > 0)
            {
                AttributionModels.RuleOf(all[m]).RawWeights(journey, shares, raw);
                Credits.Normalize(raw, credits);
            }

            models[m] = new ModelAttribution(all[m], credits, MoneySplit.Split(amount, credits.AsSpan()));
        }

        return new OpportunityAttribution(journey, amount, SourcedBy(journey), IsInfluenced(journey), models);
    }

    /// <summary>
    /// An attribution computed earlier and stored, restored with its models (in <see cref="AttributionModels.All"/>
    /// order) so that the reports can sum it again.
    /// </summary>
    public static OpportunityAttribution Restore(Journey journey, decimal amount, Sourcing sourced, bool influenced, IReadOnlyList<ModelAttribution> models)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(models);
        return new OpportunityAttribution(journey, amount, sourced, influenced, [.. models]);
    }

    private static Sourcing SourcedBy(Journey journey) =>
        journey.IsEmpty ? Sourcing.Unattributed
        : journey.Touches[0].Origin == Origin.Marketing ? Sourcing.Marketing
        : Sourcing.Sales;

    private static bool IsInfluenced(Journey journey)
    {
        foreach (var t in journey.Touches)
        {
            if (t.Origin == Origin.Marketing)
            {
                return true;
            }
        }

        return false;
    }
}
