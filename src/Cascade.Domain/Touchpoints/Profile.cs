namespace Cascade.Domain.Touchpoints;

/// <summary>
/// What a form or an automation tool observed about a person with a touch. Every field is optional;
/// <see cref="Overlay"/> lets later non-empty fields override earlier ones (domain §2).
/// </summary>
public sealed record Profile
{
    public static readonly Profile Empty = new();

    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? JobTitle { get; init; }
    public string? Company { get; init; }
    public string? Industry { get; init; }
    public int? CompanySize { get; init; }
    public string? Country { get; init; }
    public string? Phone { get; init; }

    /// <summary>This profile with every non-empty field of <paramref name="later"/> laid over it.</summary>
    public Profile Overlay(Profile? later) => later is null ? this : new Profile
    {
        FirstName = Pick(later.FirstName, FirstName),
        LastName = Pick(later.LastName, LastName),
        JobTitle = Pick(later.JobTitle, JobTitle),
        Company = Pick(later.Company, Company),
        Industry = Pick(later.Industry, Industry),
        CompanySize = later.CompanySize ?? CompanySize,
        Country = Pick(later.Country, Country),
        Phone = Pick(later.Phone, Phone),
    };

    private static string? Pick(string? later, string? earlier) =>
        string.IsNullOrWhiteSpace(later) ? earlier : later.Trim();
}
