using Cascade.App.Validation;
using Cascade.Domain.Spend;

namespace Cascade.App.Spend;

/// <summary>
/// The checks every spend row passes, whether it came as JSON or CSV, each failure recorded under the row's
/// field path. Channels are compared as touches store them (trimmed, lower case); a campaign is trimmed and
/// absent when empty; an amount is money in cents, not negative; the currency must be the workspace's.
/// </summary>
internal static class SpendRowRules
{
    public const string Header = "month,channel,campaign,amount,currency";

    public static SpendEntry? Entry(
        string? month, string? channel, string? campaign, decimal? amount, string? currency,
        string workspaceCurrency, Func<string, string> path, ValidationErrors errors)
    {
        var before = errors.Count;
        SpendMonth parsed = default;
        if (string.IsNullOrWhiteSpace(month))
        {
            errors.Add(path("month"), "is required.");
        }
        else if (!SpendMonth.TryParse(month.Trim(), out parsed))
        {
            errors.Add(path("month"), "must be a month like 2026-03.");
        }

        var channelKey = Text(channel, SpendLimits.MaxChannelLength, path("channel"), errors, required: true)?.ToLowerInvariant();
        var campaignKey = Text(campaign, SpendLimits.MaxCampaignLength, path("campaign"), errors, required: false);
        if (amount is { } value)
        {
            Amount(value, path("amount"), errors);
        }

        if (string.IsNullOrWhiteSpace(currency))
        {
            errors.Add(path("currency"), "is required.");
        }
        else if (!string.Equals(currency.Trim(), workspaceCurrency, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(path("currency"), $"must be the workspace currency {workspaceCurrency}.");
        }

        return errors.Count == before && amount is { } ok ? new SpendEntry(parsed, channelKey!, campaignKey, ok) : null;
    }

    /// <summary>Money as the other endpoints take it, except that a negative amount gets its own message.</summary>
    public static void Amount(decimal amount, string path, ValidationErrors errors)
    {
        if (amount < 0)
        {
            errors.Add(path, "must not be negative.");
        }
        else if (amount > 1_000_000_000_000m)
        {
            errors.Add(path, "must be at most 1,000,000,000,000.");
        }
        else if (decimal.Round(amount, 2) != amount)
        {
            errors.Add(path, "must have at most two decimals (cents).");
        }
    }

    private static string? Text(string? value, int maxLength, string path, ValidationErrors errors, bool required)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                errors.Add(path, "is required.");
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(path, $"must be at most {maxLength} characters.");
            return null;
        }

        if (text.Any(char.IsControl))
        {
            errors.Add(path, "must not contain control characters.");
            return null;
        }

        return text;
    }
}
