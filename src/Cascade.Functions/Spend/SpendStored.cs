namespace Cascade.Functions.Spend;

/// <summary>The 200 body of POST /api/spend: rows read, and the distinct (month, channel, campaign) cells they set.</summary>
public sealed record SpendStored(int Accepted, int Cells);
