namespace Cascade.Domain.Touchpoints;

/// <summary>
/// Derives a touch's channel when the payload names none (domain §2): from UTM medium/source, then
/// from a search-engine referrer, then <c>direct</c>; sales activity is <c>sales_outreach</c>.
/// Rule where the spec is silent: sales types win over UTM (a logged call carries no campaign link);
/// a non-search referrer without UTM is <c>referral</c>.
/// </summary>
public static class ChannelResolver
{
    private static readonly string[] PaidMedia = ["cpc", "ppc", "paid"];
    private static readonly string[] SocialSources = ["linkedin", "facebook", "twitter", "x", "instagram"];
    private static readonly string[] SearchEngines =
        ["google.", "bing.", "duckduckgo.", "yahoo.", "baidu.", "yandex.", "ecosia.", "qwant.", "startpage."];

    public static string Resolve(string type, Utm? utm, string? referrer)
    {
        if (TouchpointTypes.IsSalesActivity(type))
        {
            return Channels.SalesOutreach;
        }

        var medium = utm?.Medium?.Trim().ToLowerInvariant();
        var source = utm?.Source?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(medium))
        {
            if (PaidMedia.Contains(medium))
            {
                return source is not null && SocialSources.Contains(source) ? Channels.PaidSocial : Channels.PaidSearch;
            }

            if (medium == "email")
            {
                return Channels.Email;
            }

            if (medium == "social")
            {
                return Channels.OrganicSocial;
            }
        }

        var host = HostOf(referrer);
        if (host is not null)
        {
            return SearchEngines.Any(e => host.StartsWith(e, StringComparison.Ordinal) || host.Contains('.' + e, StringComparison.Ordinal))
                ? Channels.OrganicSearch
                : Channels.Referral;
        }

        return Channels.Direct;
    }

    private static string? HostOf(string? referrer)
    {
        if (string.IsNullOrWhiteSpace(referrer))
        {
            return null;
        }

        return Uri.TryCreate(referrer.Trim(), UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host)
            ? uri.Host.ToLowerInvariant()
            : null;
    }
}
