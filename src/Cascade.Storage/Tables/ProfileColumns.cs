using Cascade.Domain.Touchpoints;

namespace Cascade.Storage.Tables;

/// <summary>Maps a domain <see cref="Profile"/> to and from the profile columns of an entity, in one place.</summary>
public static class ProfileColumns
{
    public static void Write(IProfileColumns columns, Profile? profile)
    {
        ArgumentNullException.ThrowIfNull(columns);
        columns.FirstName = profile?.FirstName;
        columns.LastName = profile?.LastName;
        columns.JobTitle = profile?.JobTitle;
        columns.Company = profile?.Company;
        columns.Industry = profile?.Industry;
        columns.CompanySize = profile?.CompanySize;
        columns.Country = profile?.Country;
        columns.Phone = profile?.Phone;
    }

    /// <summary>The profile the columns hold (equal to <see cref="Profile.Empty"/> when every column is empty).</summary>
    public static Profile Read(IProfileColumns columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return new Profile
        {
            FirstName = columns.FirstName,
            LastName = columns.LastName,
            JobTitle = columns.JobTitle,
            Company = columns.Company,
            Industry = columns.Industry,
            CompanySize = columns.CompanySize,
            Country = columns.Country,
            Phone = columns.Phone,
        };
    }
}
