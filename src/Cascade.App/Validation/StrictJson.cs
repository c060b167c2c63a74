using System.Text.Json;
using System.Text.Unicode;

namespace Cascade.App.Validation;

/// <summary>
/// Parses a request body as JSON the way every reader of the edge must see it: UTF-8 that decodes, JSON that
/// parses within <c>maxDepth</c>, and no string or property name that cannot become text (an escaped lone
/// surrogate such as <c>"\ud800"</c>). Every one of these is a validation error keyed <c>body</c>, so no reader
/// ever meets a value it cannot read and no request is answered 500 for its encoding.
/// </summary>
public static class StrictJson
{
    public static Validated<JsonElement> Parse(ReadOnlyMemory<byte> body, int maxDepth)
    {
        if (!Utf8.IsValid(body.Span))
        {
            return Refuse("is not valid UTF-8.");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = maxDepth });
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return Refuse($"is not valid JSON: {e.Message}");
        }

        return HoldsOnlyText(root)
            ? Validated<JsonElement>.Valid(root)
            : Refuse("holds a string that is not valid Unicode (a lone surrogate escape such as \\ud800).");
    }

    private static bool HoldsOnlyText(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return IsText(element);
            case JsonValueKind.Array:
                return element.EnumerateArray().All(HoldsOnlyText);
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!IsText(property) || !HoldsOnlyText(property.Value))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    // The body is valid UTF-8 by now, so the only text the reader cannot give is an escaped lone surrogate,
    // which System.Text.Json reports by throwing; this is the one place that turns it into a result.
    private static bool IsText(JsonElement value)
    {
        try
        {
            _ = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsText(JsonProperty property)
    {
        try
        {
            _ = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static Validated<JsonElement> Refuse(string message) =>
        Validated<JsonElement>.Invalid(ValidationErrors.Of("body", message));
}
