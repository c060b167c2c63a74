using System.Globalization;
using System.Text.Json;

namespace Cascade.Testing.Scenarios;

/// <summary>
/// Compares the JSON answers of the HTTP API with a sample scenario's expected answers, as the samples' README says
/// (the counterpart of <see cref="ScenarioExpectations"/> for end-to-end tests, which only see JSON).
/// </summary>
public static class ScenarioJsonExpectations
{
    /// <summary>
    /// Every difference between an expected attribution and a <c>GET /api/opportunities/{id}/attribution</c> answer:
    /// amount, sourced, influenced, journey order, each touch's milestones, channel and origin, each model's credits
    /// within <see cref="ScenarioExpectations.CreditTolerance"/>, amounts within a cent, and totals exactly.
    /// </summary>
    public static List<string> AttributionMismatches(JsonElement expected, JsonElement actual)
    {
        var id = expected.GetProperty("opportunityId").GetString();
        var errors = new List<string>();
        void Check(bool ok, string what)
        {
            if (!ok)
            {
                errors.Add($"{id}: {what}");
            }
        }

        Check(expected.GetProperty("amount").GetDecimal() == actual.GetProperty("amount").GetDecimal(), $"amount {actual.GetProperty("amount")}");
        Check(string.Equals(expected.GetProperty("sourced").GetString(), actual.GetProperty("sourced").GetString(), StringComparison.OrdinalIgnoreCase),
            $"sourced {actual.GetProperty("sourced")}");
        Check(expected.GetProperty("influenced").GetBoolean() == actual.GetProperty("influenced").GetBoolean(), $"influenced {actual.GetProperty("influenced")}");

        var journey = expected.GetProperty("journey").EnumerateArray().ToList();
        var touches = actual.GetProperty("journey").EnumerateArray().ToList();
        var actualIds = touches.Select(t => t.GetProperty("eventId").GetString()).ToList();
        Check(journey.Select(j => j.GetProperty("eventId").GetString()).SequenceEqual(actualIds), $"journey [{string.Join(",", actualIds)}]");
        if (errors.Count > 0)
        {
            return errors;
        }

        for (var i = 0; i < journey.Count; i++)
        {
            Check(Strings(journey[i].GetProperty("milestones")).SequenceEqual(Strings(touches[i].GetProperty("milestones"))),
                $"{actualIds[i]} milestones [{string.Join(",", Strings(touches[i].GetProperty("milestones")))}]");
            Check(journey[i].GetProperty("channel").GetString() == touches[i].GetProperty("channel").GetString(), $"{actualIds[i]} channel");
            Check(string.Equals(journey[i].GetProperty("origin").GetString(), touches[i].GetProperty("origin").GetString(), StringComparison.OrdinalIgnoreCase),
                $"{actualIds[i]} origin");
        }

        var models = expected.GetProperty("models");
        var actualModels = actual.GetProperty("models");
        Check(models.EnumerateObject().Count() == actualModels.EnumerateObject().Count(), "model count");
        foreach (var model in models.EnumerateObject())
        {
            if (!actualModels.TryGetProperty(model.Name, out var credits))
            {
                Check(false, $"model {model.Name} missing");
                continue;
            }

            var rows = model.Value.EnumerateArray().ToList();
            var actualRows = credits.EnumerateArray().ToList();
            Check(rows.Count == actualRows.Count, $"{model.Name} has {actualRows.Count} credits");
            Check(rows.Sum(r => r.GetProperty("amount").GetDecimal()) == actualRows.Sum(r => r.GetProperty("amount").GetDecimal()), $"{model.Name} total");
            for (var i = 0; i < Math.Min(rows.Count, actualRows.Count); i++)
            {
                var credit = rows[i].GetProperty("credit").GetDouble();
                var actualCredit = actualRows[i].GetProperty("credit").GetDouble();
                Check(rows[i].GetProperty("eventId").GetString() == actualRows[i].GetProperty("eventId").GetString(), $"{model.Name} row {i} event");
                Check(Math.Abs(credit - actualCredit) <= ScenarioExpectations.CreditTolerance,
                    $"{model.Name} {actualIds[i]} credit {actualCredit.ToString("R", CultureInfo.InvariantCulture)} expected {credit.ToString("R", CultureInfo.InvariantCulture)}");
                Check(Math.Abs(rows[i].GetProperty("amount").GetDecimal() - actualRows[i].GetProperty("amount").GetDecimal()) <= 0.01m,
                    $"{model.Name} {actualIds[i]} amount {actualRows[i].GetProperty("amount")}");
            }
        }

        return errors;
    }

    /// <summary>
    /// Every property of <paramref name="expected"/> (recursively) that <paramref name="actual"/> lacks or holds
    /// differently; numbers compare as decimals, exactly. Properties only the answer has are not differences.
    /// </summary>
    public static List<string> FigureMismatches(JsonElement expected, JsonElement actual, string path = "")
    {
        var errors = new List<string>();
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in expected.EnumerateObject())
                {
                    var at = path.Length == 0 ? property.Name : path + "." + property.Name;
                    if (actual.ValueKind != JsonValueKind.Object || !actual.TryGetProperty(property.Name, out var value))
                    {
                        errors.Add($"{at} missing");
                        continue;
                    }

                    errors.AddRange(FigureMismatches(property.Value, value, at));
                }

                break;
            case JsonValueKind.Array:
                var items = expected.EnumerateArray().ToList();
                var actualItems = actual.ValueKind == JsonValueKind.Array ? actual.EnumerateArray().ToList() : [];
                if (items.Count != actualItems.Count)
                {
                    errors.Add($"{path} has {actualItems.Count} items, expected {items.Count}");
                    break;
                }

                for (var i = 0; i < items.Count; i++)
                {
                    errors.AddRange(FigureMismatches(items[i], actualItems[i], $"{path}[{i}]"));
                }

                break;
            case JsonValueKind.Number:
                if (actual.ValueKind != JsonValueKind.Number || actual.GetDecimal() != expected.GetDecimal())
                {
                    errors.Add($"{path} is {actual}, expected {expected}");
                }

                break;
            default:
                if (actual.ToString() != expected.ToString())
                {
                    errors.Add($"{path} is {actual}, expected {expected}");
                }

                break;
        }

        return errors;
    }

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString());
}
