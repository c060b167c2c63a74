using System.Text.Json.Serialization;

namespace Cascade.App.Customers;

/// <summary>Customer accounts by status at the period's end, keyed by the status names api.md writes.</summary>
public sealed record CustomerStatusCountsView(
    int Active,
    [property: JsonPropertyName("at_risk")] int AtRisk,
    int Inactive,
    int Churned);
