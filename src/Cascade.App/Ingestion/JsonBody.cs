using System.Text.Json;
using Cascade.App.Validation;

namespace Cascade.App.Ingestion;

/// <summary>
/// Splits a JSON request body into its items: one object, or an array of objects of bounded length; or takes
/// the one object an endpoint expects. Invalid encodings (<see cref="StrictJson"/>), malformed JSON and wrong
/// shapes are validation errors keyed <c>body</c>, never exceptions.
/// </summary>
internal static class JsonBody
{
    private const int MaxDepth = 16;

    /// <summary>A body that must be one JSON object: an array, even of one object, is refused.</summary>
    public static Validated<JsonElement> Object(ReadOnlyMemory<byte> body, int maxBytes)
    {
        var root = Root(body, maxBytes);
        if (!root.IsValid)
        {
            return root;
        }

        return root.Value.ValueKind == JsonValueKind.Object
            ? root
            : Validated<JsonElement>.Invalid(ValidationErrors.Of("body", "must be one JSON object."));
    }

    public static Validated<IReadOnlyList<JsonElement>> Items(ReadOnlyMemory<byte> body, int maxItems, int maxBytes)
    {
        var parsed = Root(body, maxBytes);
        if (!parsed.IsValid)
        {
            return Validated<IReadOnlyList<JsonElement>>.Invalid(parsed.Errors);
        }

        var root = parsed.Value;
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

    private static Validated<JsonElement> Root(ReadOnlyMemory<byte> body, int maxBytes) =>
        body.Length > maxBytes
            ? Validated<JsonElement>.Invalid(ValidationErrors.Of("body", $"must be at most {maxBytes / 1024} KiB."))
            : StrictJson.Parse(body, MaxDepth);

    private static Validated<IReadOnlyList<JsonElement>> Refuse(string message) =>
        Validated<IReadOnlyList<JsonElement>>.Invalid(ValidationErrors.Of("body", message));
}
