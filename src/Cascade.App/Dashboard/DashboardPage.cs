using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Cascade.App.Dashboard;

/// <summary>
/// The dashboard (<c>GET /api/dashboard</c>): one HTML page with its CSS and script inline, embedded in this
/// assembly so that a deployment carries it and nothing is fetched from elsewhere. The page draws only what
/// the read endpoints answer; the server fills in just the workspace's currency and fiscal start month, which
/// the page needs to write money and name quarters as the API does.
/// </summary>
public static class DashboardPage
{
    public const string ContentType = "text/html; charset=utf-8";

    private const string ResourceName = "Cascade.App.Dashboard.dashboard.html";

    private static readonly Lazy<string> Template = new(Load);

    private static readonly Lazy<string> ScriptDigest = new(() => Digest(Template.Value));

    /// <summary>
    /// The Content-Security-Policy the page is served with: its one inline script by hash, fetches to its own
    /// origin only, no frames, forms or foreign assets.
    /// </summary>
    public static string ContentSecurityPolicy =>
        $"default-src 'none'; script-src 'sha256-{ScriptDigest.Value}'; style-src 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static string Render(string currency, int fiscalStartMonth)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalStartMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalStartMonth, 12);
        return Template.Value
            .Replace("{{currency}}", WebUtility.HtmlEncode(currency), StringComparison.Ordinal)
            .Replace("{{fiscalStartMonth}}", fiscalStartMonth.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static string Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    // The hash covers the script element's text exactly as served (the template holds no placeholder inside it).
    private static string Digest(string html)
    {
        const string open = "<script>";
        var start = html.IndexOf(open, StringComparison.Ordinal) + open.Length;
        var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
        if (start < open.Length || end < 0)
            throw new InvalidOperationException("The dashboard template has no inline script.");
        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(html[start..end])));
    }
}
