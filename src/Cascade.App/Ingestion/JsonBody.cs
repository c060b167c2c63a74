using System.Text.Json;
using Cascade.App.Validation;

namespace Cascade.App.Ingestion;

/// <summary>
/// Splits a JSON request body into its items: one object, or an array of objects of bounded length.
/// Malformed JSON and wrong shapes are validation errors keyed <c>body</c>, never exceptions.
/// </summary>
internal static class JsonBody
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    public static Validated<IReadOnlyList<JsonElement>> Items(ReadOnlyMemory<byte> body, int maxItems, int maxBytes)
    {
        if (body.Length > maxBytes)
        {
            return Refuse($"must be at most {maxBytes / 1024} KiB.");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body, Options);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return Refuse($"is not valid JSON: {e.Message}");
        }

        switch (root.ValueKind)
        {
            case JsonValueKind.Object:
                return Validated<IReadOnlyList<JsonElement>>.Valid(new[] { root });
            case JsonValueKind.Array when root.GetArrayLength() == 0:
                return Refuse("must hold at least one item.");
            case JsonValueKind.Array when root.GetArrayLength() > maxItems:
                return Refuse($"must hold at most {maxItems} items.");
            case JsonValueKind.Array:
                var items = root.EnumerateArray().ToList();
                var errors = new ValidationErrors();
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i].ValueKind != JsonValueKind.Object)
                    {
                        errors.Add($"[{i}]", "must be an object.");
                    }
                }

                return errors.IsEmpty
                    ? Validated<IReadOnlyList<JsonElement>>.Valid(items)
                    : Validated<IReadOnlyList<JsonElement>>.Invalid(errors);
            default:
                return Refuse("must be a JSON object or an array of objects.");
        }
    }

    /// <summary>The error key of item <paramref name="index"/>: none for a single object, <c>[i]</c> in an array.</summary>
    public static string Prefix(int index, int count) => count == 1 && index == 0 ? string.Empty : $"[{index}]";

    private static Validated<IReadOnlyList<JsonElement>> Refuse(string message) =>
        Validated<IReadOnlyList<JsonElement>>.Invalid(ValidationErrors.Of("body", message));
}
