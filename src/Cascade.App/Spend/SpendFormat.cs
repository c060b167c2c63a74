namespace Cascade.App.Spend;

/// <summary>How a spend upload is written: a JSON array of rows or CSV with a header.</summary>
public enum SpendFormat
{
    Json,
    Csv,
}
