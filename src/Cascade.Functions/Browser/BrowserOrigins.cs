using Cascade.App.Configuration;
using Microsoft.Extensions.Options;

namespace Cascade.Functions.Browser;

/// <summary>
/// Which pages may send events: the origins of <c>Cascade:Forms:AllowedOrigins</c> (the websites that carry the
/// snippet and the forms); <c>*</c> in the list allows any. Unlike a form post, an event without an Origin is
/// refused: browsers always send one with a POST, and other senders have <c>POST /api/touchpoints</c> with a key.
/// </summary>
public sealed class BrowserOrigins(IOptions<CascadeOptions> options)
{
    private readonly HashSet<string> allowed = new(
        options.Value.Forms.AllowedOriginList.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);

    public bool IsAllowed(string? origin) =>
        !string.IsNullOrEmpty(origin) && (allowed.Contains("*") || allowed.Contains(origin.TrimEnd('/')));
}
