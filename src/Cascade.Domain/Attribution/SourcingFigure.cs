namespace Cascade.Domain.Attribution;

/// <summary>How many opportunities and how much pipeline (amount at creation).</summary>
public readonly record struct SourcingFigure(int Count, decimal Amount)
{
    public SourcingFigure Add(decimal amount) => new(Count + 1, Amount + amount);
}
