namespace Cascade.App.Spend;

/// <summary>Bounds of a spend upload (api.md: at most 5,000 rows).</summary>
public static class SpendLimits
{
    public const int MaxRows = 5_000;

    /// <summary>Largest body read: 5,000 rows with long campaign names fit; refused by Content-Length before reading.</summary>
    public const int MaxBodyBytes = 2 * 1024 * 1024;

    /// <summary>Longest period a spend read or ROI report covers, in months (twenty years).</summary>
    public const int MaxMonths = 240;

    /// <summary>Same bounds as a touch's channel and campaign, so every spend key can match a touch's.</summary>
    public const int MaxChannelLength = 64;

    public const int MaxCampaignLength = 256;
}
