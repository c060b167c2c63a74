namespace Cascade.Storage.Tables;

/// <summary>The profile columns an entity stores (people's profiles, touchpoints' observed profiles).</summary>
public interface IProfileColumns
{
    string? FirstName { get; set; }
    string? LastName { get; set; }
    string? JobTitle { get; set; }
    string? Company { get; set; }
    string? Industry { get; set; }
    int? CompanySize { get; set; }
    string? Country { get; set; }
    string? Phone { get; set; }
}
