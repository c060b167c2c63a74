namespace Cascade.Domain.Identity;

/// <summary>Which company (account, keyed by domain) a person belongs to (domain §1).</summary>
public static class AccountDomains
{
    /// <summary>
    /// The explicit <paramref name="accountDomain"/> when given, else the e-mail's domain unless it is a
    /// free-mail provider; null when neither says.
    /// </summary>
    public static string? Resolve(string? accountDomain, EmailAddress? email)
    {
        var explicitDomain = Normalize(accountDomain);
        if (explicitDomain is not null)
        {
            return explicitDomain;
        }

        return email is { } e && !FreeMailDomains.Contains(e.Domain) ? e.Domain : null;
    }

    /// <summary>Lower-case host without scheme, <c>www.</c> or path; null for blank input.</summary>
    public static string? Normalize(string? domain)
    {
        if (string.IsNullOrWhiteSpace(domain))
        {
            return null;
        }

        var d = domain.Trim().ToLowerInvariant();
        var scheme = d.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            d = d[(scheme + 3)..];
        }

        var slash = d.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            d = d[..slash];
        }

        if (d.StartsWith("www.", StringComparison.Ordinal))
        {
            d = d[4..];
        }

        return d.Length == 0 ? null : d;
    }
}
