using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Cascade.App.Configuration;

/// <summary>
/// Checks every setting of <see cref="CascadeOptions"/> once, when the app starts (<c>ValidateOnStart</c>): a bad
/// setting stops the start with a message naming it (<c>Cascade:ScoringRules</c>, …), instead of failing the
/// first message that would have parsed it. The scoring rules are parsed here and again, once, into the
/// <see cref="Domain.Workspace.WorkspaceSettings"/> singleton that code running per message receives.
/// </summary>
public sealed class CascadeOptionsValidator : IValidateOptions<CascadeOptions>
{
    public ValidateOptionsResult Validate(string? name, CascadeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Currency is not { Length: 3 } currency || !currency.All(char.IsAsciiLetterUpper))
        {
            failures.Add($"{Setting(nameof(options.Currency))} must be a three-letter ISO 4217 code in capitals (was '{options.Currency}').");
        }

        if (options.DormantAfterDays < 1)
        {
            failures.Add($"{Setting(nameof(options.DormantAfterDays))} must be at least 1 (was {options.DormantAfterDays}).");
        }

        if (options.LookbackDays < 1)
        {
            failures.Add($"{Setting(nameof(options.LookbackDays))} must be at least 1 (was {options.LookbackDays}).");
        }

        if (options.FiscalYearStartMonth is < 1 or > 12)
        {
            failures.Add($"{Setting(nameof(options.FiscalYearStartMonth))} must be a month from 1 to 12 (was {options.FiscalYearStartMonth}).");
        }

        if (!string.IsNullOrWhiteSpace(options.ScoringRules) && ScoringRulesError(options.ScoringRules) is { } error)
        {
            failures.Add($"{Setting(nameof(options.ScoringRules))} is not valid scoring rules JSON: {error}");
        }

        foreach (var (stage, probability) in options.Pipeline.StageProbabilities)
        {
            if (!PipelineOptions.TryParseProbability(probability, out _))
            {
                failures.Add($"{Setting(nameof(options.Pipeline))}:{nameof(PipelineOptions.StageProbabilities)}:{stage} must be a number from 0 to 1 (was '{probability}').");
            }
        }

        if (options.Pipeline.StageList.Any(s => s.Length > 128))
        {
            failures.Add($"{Setting(nameof(options.Pipeline))}:{nameof(PipelineOptions.Stages)} names a stage longer than 128 characters.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Setting(string property) => $"{CascadeOptions.Section}:{property}";

    private static string? ScoringRulesError(string json)
    {
        try
        {
            var rules = Domain.Scoring.ScoringRules.FromJson(json);
            return rules.ScoreHalfLifeDays > 0 ? null : "scoreHalfLifeDays must be positive.";
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
        {
            return e.Message;
        }
    }
}
