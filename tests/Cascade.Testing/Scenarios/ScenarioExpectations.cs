using System.Globalization;
using System.Text.Json;
using Cascade.Domain.Attribution;

namespace Cascade.Testing.Scenarios;

/// <summary>Compares computed answers with a sample scenario's expected ones, as the samples' README says.</summary>
public static class ScenarioExpectations
{
    /// <summary>Credits are compared within this (samples README).</summary>
    public const double CreditTolerance = 1e-9;

    /// <summary>
    /// Every difference between an expected attribution of the sample (journey order, milestones, channel,
    /// origin, each model's credits within <see cref="CreditTolerance"/> and amounts within a cent, totals exact,
    /// sourced, influenced) and <paramref name="actual"/>; empty when they agree.
    /// </summary>
    public static List<string> AttributionMismatches(JsonElement expected, OpportunityAttribution actual)
    {
        var id = actual.OpportunityId;
        var errors = new List<string>();
        void Check(bool ok, string what)
        {
            if (!ok)
            {
                errors.Add($"{id} {actual.Kind}: {what}");
            }
        }

        Check(expected.GetProperty("amount").GetDecimal() == actual.Amount, $"amount {actual.Amount}");
        Check(string.Equals(expected.GetProperty("sourced").GetString(), actual.Sourced.ToString(), StringComparison.OrdinalIgnoreCase), $"sourced {actual.Sourced}");
        Check(expected.GetProperty("influenced").GetBoolean() == actual.Influenced, $"influenced {actual.Influenced}");

        var journey = expected.GetProperty("journey").EnumerateArray().ToList();
        var touches = actual.Journey.Touches;
        Check(journey.Select(j => j.GetProperty("eventId").GetString()).SequenceEqual(touches.Select(t => t.EventId)),
            $"journey [{string.Join(",", touches.Select(t => t.EventId))}]");
        if (errors.Count > 0)
        {
            return errors;
        }

        for (var i = 0; i < journey.Count; i++)
        {
            var milestones = journey[i].GetProperty("milestones").EnumerateArray().Select(m => m.GetString()).ToList();
            var actualMilestones = MilestoneNames.Of(actual.Journey.Milestones[i]);
            Check(milestones.SequenceEqual(actualMilestones), $"{touches[i].EventId} milestones [{string.Join(",", actualMilestones)}] expected [{string.Join(",", milestones)}]");
            Check(journey[i].GetProperty("channel").GetString() == touches[i].Channel, $"{touches[i].EventId} channel");
            Check(string.Equals(journey[i].GetProperty("origin").GetString(), touches[i].Origin.ToString(), StringComparison.OrdinalIgnoreCase), $"{touches[i].EventId} origin");
        }

        var models = expected.GetProperty("models");
        Check(models.EnumerateObject().Count() == AttributionModels.All.Count, "model count");
        foreach (var model in models.EnumerateObject())
        {
            Check(AttributionModels.TryParse(model.Name, out var m), $"unknown model {model.Name}");
            var result = actual.For(m);
            var rows = model.Value.EnumerateArray().ToList();
            Check(rows.Sum(r => r.GetProperty("amount").GetDecimal()) == result.Amounts.Sum(), $"{model.Name} total {result.Amounts.Sum()}");
            for (var i = 0; i < rows.Count; i++)
            {
                var credit = rows[i].GetProperty("credit").GetDouble();
                var amount = rows[i].GetProperty("amount").GetDecimal();
                Check(Math.Abs(credit - result.Credits[i]) <= CreditTolerance,
                    $"{model.Name} {touches[i].EventId} credit {result.Credits[i].ToString("R", CultureInfo.InvariantCulture)} expected {credit.ToString("R", CultureInfo.InvariantCulture)}");
                Check(Math.Abs(amount - result.Amounts[i]) <= 0.01m, $"{model.Name} {touches[i].EventId} amount {result.Amounts[i]} expected {amount}");
            }
        }

        return errors;
    }
}
