using Cascade.App.Validation;
using Cascade.Domain.Touchpoints;

namespace Cascade.App.Collect;

/// <summary>
/// The type of a browser event: <c>page_view</c> when absent, else a word of the open type list's shape
/// (lowercase letters, digits and underscores, starting with a letter). Sales activity is refused: it is
/// logged by sales tools, and one from a browser would make a visit look sales-sourced.
/// </summary>
internal static class EventTypes
{
    public const int MaxLength = 64;

    public static string? Read(JsonFields f)
    {
        var before = f.Errors.Count;
        var type = f.Text("type", maxLength: MaxLength);
        if (type is null)
        {
            return f.Errors.Count == before ? TouchpointTypes.PageView : null;
        }

        if (!IsWord(type))
        {
            f.Errors.Add(f.Path("type"), "must be lowercase letters, digits and underscores starting with a letter, e.g. video_played.");
            return null;
        }

        if (TouchpointTypes.IsSalesActivity(type))
        {
            f.Errors.Add(f.Path("type"), "sales activity is not collected from websites.");
            return null;
        }

        return type;
    }

    private static bool IsWord(string type) =>
        char.IsAsciiLetterLower(type[0]) && type.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
}
