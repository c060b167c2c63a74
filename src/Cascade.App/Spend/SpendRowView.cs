namespace Cascade.App.Spend;

/// <summary>One stored spend cell; <c>campaign</c> is null for spend on the channel as a whole.</summary>
public sealed record SpendRowView(string Month, string Channel, string? Campaign, decimal Amount, string Currency);
