namespace Cascade.App.Customers;

/// <summary>Expansion deals of the period: the pipeline created in it (amount at creation) and the revenue won in it.</summary>
public sealed record ExpansionView(decimal Pipeline, decimal Won);
