namespace Cascade.App.Collect;

/// <summary>
/// The shape of an anonymous visitor id: the snippet's uuid, or a site's own cookie id of the same plain
/// alphabet (it becomes a table key and a form field, so nothing that needs escaping).
/// </summary>
public static class VisitorIds
{
    public static bool IsValid(string id) =>
        id.Length is >= 8 and <= 128 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
