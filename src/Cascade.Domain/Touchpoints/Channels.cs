namespace Cascade.Domain.Touchpoints;

/// <summary>Channel names Cascade derives by itself; payloads may name any other channel.</summary>
public static class Channels
{
    public const string PaidSearch = "paid_search";
    public const string PaidSocial = "paid_social";
    public const string Email = "email";
    public const string OrganicSocial = "organic_social";
    public const string OrganicSearch = "organic_search";
    public const string Direct = "direct";
    public const string SalesOutreach = "sales_outreach";
    public const string Referral = "referral";
}
