using System.Text.Json;
using Cascade.App.Ingestion;
using Cascade.App.Validation;
using Cascade.Domain.Spend;

namespace Cascade.App.Spend;

/// <summary>
/// Reads a JSON spend upload: an array of <c>{ month, channel, campaign, amount, currency }</c> (one object is
/// taken as an array of one). Errors are keyed <c>[index].field</c>.
/// </summary>
internal static class SpendJsonReader
{
    public static Validated<IReadOnlyList<SpendEntry>> Read(ReadOnlyMemory<byte> body, string workspaceCurrency)
    {
        var items = JsonBody.Items(body, SpendLimits.MaxRows, SpendLimits.MaxBodyBytes);
        if (!items.IsValid)
        {
            return Validated<IReadOnlyList<SpendEntry>>.Invalid(items.Errors);
        }

        var list = items.Value!;
        var errors = new ValidationErrors();
        var entries = new List<SpendEntry>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var prefix = $"[{i}]";
            var f = new JsonFields(list[i], prefix, errors);
            // Presence and content are checked by the row rules, shared with CSV; here only the JSON types.
            var month = f.Text("month", maxLength: 16);
            var channel = f.Text("channel", maxLength: SpendLimits.MaxChannelLength);
            var campaign = f.Text("campaign", maxLength: SpendLimits.MaxCampaignLength);
            var amount = Number(list[i], f.Path("amount"), errors);
            var currency = f.Text("currency", maxLength: 8);
            if (SpendRowRules.Entry(month, channel, campaign, amount, currency, workspaceCurrency, f.Path, errors) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return errors.IsEmpty
            ? Validated<IReadOnlyList<SpendEntry>>.Valid(entries)
            : Validated<IReadOnlyList<SpendEntry>>.Invalid(errors);
    }

    private static decimal? Number(JsonElement item, string path, ValidationErrors errors)
    {
        if (!item.TryGetProperty("amount", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            errors.Add(path, "is required.");
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var amount))
        {
            errors.Add(path, "must be a number.");
            return null;
        }

        return amount;
    }
}
