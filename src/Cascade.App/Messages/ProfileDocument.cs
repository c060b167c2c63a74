using Cascade.Domain.Touchpoints;

namespace Cascade.App.Messages;

/// <summary>A profile as JSON.</summary>
public sealed record ProfileDocument(
    string? FirstName, string? LastName, string? JobTitle, string? Company, string? Industry, int? CompanySize, string? Country, string? Phone)
{
    public static ProfileDocument From(Profile p) =>
        new(p.FirstName, p.LastName, p.JobTitle, p.Company, p.Industry, p.CompanySize, p.Country, p.Phone);

    public Profile ToProfile() => new()
    {
        FirstName = FirstName, LastName = LastName, JobTitle = JobTitle, Company = Company, Industry = Industry,
        CompanySize = CompanySize, Country = Country, Phone = Phone,
    };
}
