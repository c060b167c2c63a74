namespace Cascade.Domain.Customers;

/// <summary>
/// The net promoter score of a period's answers: the latest answer of each person (ties by event id) counts once;
/// promoters answer 9–10, passives 7–8, detractors 0–6; the score is % promoters − % detractors, from −100 to 100,
/// rounded half to even to two decimals, and null when nobody answered.
/// </summary>
public sealed record NetPromoterScore(int Responses, int Promoters, int Passives, int Detractors, decimal? Score)
{
    public static NetPromoterScore Of(IEnumerable<NpsAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var latest = answers
            .GroupBy(a => a.Person, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(a => a.At).ThenByDescending(a => a.EventId, StringComparer.Ordinal).First())
            .ToList();
        var promoters = latest.Count(a => a.Score >= 9);
        var detractors = latest.Count(a => a.Score <= 6);
        var passives = latest.Count - promoters - detractors;
        decimal? score = latest.Count == 0
            ? null
            : Math.Round(100m * (promoters - detractors) / latest.Count, 2, MidpointRounding.ToEven);
        return new NetPromoterScore(latest.Count, promoters, passives, detractors, score);
    }
}
