namespace Cascade.Domain.Funnel;

/// <summary>
/// A person became MQL at <see cref="MqlAt"/> and sales first answered at <see cref="RespondedAt"/> (null while
/// nobody has): the ingredient of speed to lead (<see cref="SpeedToLead"/>).
/// </summary>
public sealed record SalesResponse(DateTimeOffset MqlAt, DateTimeOffset? RespondedAt);
