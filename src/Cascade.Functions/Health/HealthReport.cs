namespace Cascade.Functions.Health;

/// <summary>The body of a healthy GET /api/health.</summary>
public sealed record HealthReport(string Status, string Storage);
