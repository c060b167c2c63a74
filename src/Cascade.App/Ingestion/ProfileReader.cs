using Cascade.App.Validation;
using Cascade.Domain.Touchpoints;

namespace Cascade.App.Ingestion;

/// <summary>Reads the profile fields a form or automation tool observed (domain §2).</summary>
internal static class ProfileReader
{
    public static Profile? Read(JsonFields? fields) => fields is null
        ? null
        : new Profile
        {
            FirstName = fields.Text("firstName", maxLength: 256),
            LastName = fields.Text("lastName", maxLength: 256),
            JobTitle = fields.Text("jobTitle", maxLength: 256),
            Company = fields.Text("company", maxLength: 256),
            Industry = fields.Text("industry", maxLength: 256),
            CompanySize = fields.Count("companySize"),
            Country = fields.Text("country", maxLength: 128),
            Phone = fields.Text("phone", maxLength: 64),
        };
}
