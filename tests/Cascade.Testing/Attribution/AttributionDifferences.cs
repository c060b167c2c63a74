using System.Globalization;
using Cascade.Domain.Attribution;
using Cascade.Storage.Attribution;

namespace Cascade.Testing.Attribution;

/// <summary>
/// Every difference between two attributions of one opportunity that should be the same computation (journey,
/// milestones, amount, sourced, influenced, and the credits and money of the models compared), exactly: no
/// tolerance, since the same inputs give the same bits. Empty when they agree.
/// </summary>
public static class AttributionDifferences
{
    /// <summary>The nine models that do not depend on the Markov fit.</summary>
    public static IReadOnlyList<AttributionModel> ExactModels { get; } =
        AttributionModels.All.Where(m => m != AttributionModel.Markov).ToList();

    public static List<string> Between(OpportunityAttribution expected, OpportunityAttribution actual, IEnumerable<AttributionModel> models)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        return Between(expected, new Compared(
            actual.Kind, actual.Amount, actual.Sourced, actual.Influenced, actual.CreatedAt,
            actual.Journey.Touches.Select(t => t.EventId).ToList(), actual.Journey.Milestones,
            m => actual.For(m).Credits, m => actual.For(m).Amounts), models);
    }

    public static List<string> Between(OpportunityAttribution expected, AttributionRecord stored, IEnumerable<AttributionModel> models)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(stored);
        return Between(expected, new Compared(
            stored.Kind, stored.Amount, stored.Sourced, stored.Influenced, stored.CreatedAt,
            stored.Touches.Select(t => t.EventId).ToList(), stored.Touches.Select(t => t.Milestones).ToList(),
            m => stored.Touches.Select(t => t.CreditOf(m)).ToList(), m => stored.Touches.Select(t => t.AmountOf(m)).ToList()), models);
    }

    private static List<string> Between(OpportunityAttribution expected, Compared actual, IEnumerable<AttributionModel> models)
    {
        var errors = new List<string>();
        void Check(bool ok, string what)
        {
            if (!ok)
            {
                errors.Add($"{expected.OpportunityId} {expected.Kind}: {what}");
            }
        }

        Check(expected.Kind == actual.Kind, $"kind {actual.Kind}");
        Check(expected.Amount == actual.Amount, $"amount {actual.Amount} expected {expected.Amount}");
        Check(expected.Sourced == actual.Sourced, $"sourced {actual.Sourced} expected {expected.Sourced}");
        Check(expected.Influenced == actual.Influenced, $"influenced {actual.Influenced}");
        Check(expected.CreatedAt == actual.CreatedAt, $"created {actual.CreatedAt:O}");
        var events = expected.Journey.Touches.Select(t => t.EventId).ToList();
        Check(events.SequenceEqual(actual.EventIds), $"journey [{string.Join(",", actual.EventIds)}] expected [{string.Join(",", events)}]");
        if (errors.Count > 0)
        {
            return errors;
        }

        Check(expected.Journey.Milestones.SequenceEqual(actual.Milestones), "milestones");
        foreach (var model in models)
        {
            var credits = actual.Credits(model);
            var amounts = actual.Amounts(model);
            for (var i = 0; i < events.Count; i++)
            {
                var credit = expected.For(model).Credits[i];
                Check(credit.Equals(credits[i]), $"{model} {events[i]} credit {Text(credits[i])} expected {Text(credit)}");
                Check(expected.For(model).Amounts[i] == amounts[i], $"{model} {events[i]} amount {amounts[i]} expected {expected.For(model).Amounts[i]}");
            }
        }

        return errors;
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private sealed record Compared(
        AttributionKind Kind,
        decimal Amount,
        Sourcing Sourced,
        bool Influenced,
        DateTimeOffset CreatedAt,
        IReadOnlyList<string> EventIds,
        IReadOnlyList<Milestones> Milestones,
        Func<AttributionModel, IReadOnlyList<double>> Credits,
        Func<AttributionModel, IReadOnlyList<decimal>> Amounts);
}
