using Cascade.Domain.Attribution;
using Cascade.Domain.Touchpoints;

namespace Cascade.Storage.Attribution;

/// <summary>
/// One touch of a stored attribution: what the API shows of it, its milestones, and its credit and money
/// per model, indexed like <see cref="AttributionModels.All"/>.
/// </summary>
public sealed record AttributedTouch(
    string EventId,
    DateTimeOffset OccurredAt,
    string Type,
    string Channel,
    Origin Origin,
    string? Campaign,
    Milestones Milestones,
    IReadOnlyList<double> Credits,
    IReadOnlyList<decimal> Amounts)
{
    public double CreditOf(AttributionModel model) => Credits[(int)model];

    public decimal AmountOf(AttributionModel model) => Amounts[(int)model];
}
