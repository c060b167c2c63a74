namespace Cascade.App.Attribution;

/// <summary>One touch's share under one model: credit in [0, 1] and money (cents; the list sums to the amount).</summary>
public sealed record TouchCreditView(string EventId, double Credit, decimal Amount);
