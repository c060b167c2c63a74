namespace Cascade.Domain.Identity;

/// <summary>
/// Consumer mailbox providers: an address there says nothing about the company (domain §1), so it gives
/// no account and scores the free-mail penalty.
/// </summary>
public static class FreeMailDomains
{
    private static readonly HashSet<string> Exact = new(StringComparer.Ordinal)
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com",
        "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "free.fr", "orange.fr",
        "laposte.net", "web.de", "mail.com", "yandex.com", "zoho.com",
    };

    // Providers that serve many country domains: gmx.de, gmx.net, yahoo.co.uk, hotmail.fr, …
    private static readonly string[] AnyTld = ["gmx", "yahoo", "hotmail", "outlook"];

    public static bool Contains(string domain)
    {
        var d = domain.Trim().ToLowerInvariant();
        if (Exact.Contains(d))
        {
            return true;
        }

        var firstLabel = d.Split('.')[0];
        return d.Contains('.', StringComparison.Ordinal) && AnyTld.Contains(firstLabel);
    }
}
