using Cascade.App.Validation;
using Cascade.Domain.Identity;

namespace Cascade.App.Customers;

/// <summary>
/// Reads the <c>{domain}</c> of <c>/api/accounts/{domain}</c> as the edge reads an <c>accountDomain</c> field:
/// normalised (<see cref="AccountDomains.Normalize"/>), then letters, digits, <c>-</c>, <c>_</c> and <c>.</c> that a
/// route can carry (<see cref="RouteIdentifiers"/>).
/// </summary>
public static class AccountDomainRoute
{
    public const string Name = "domain";

    public static string? Read(string? text, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var domain = AccountDomains.Normalize(text);
        if (domain is null || domain.Length > 253 || !domain.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.') || !RouteIdentifiers.CanCarry(domain))
        {
            errors.Add(Name, "must be a domain name, e.g. acme.com.");
            return null;
        }

        return domain;
    }
}
