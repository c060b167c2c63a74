namespace Cascade.Domain.Scoring;

/// <summary>A company-size band: companies of at least <see cref="MinSize"/> employees (and below the next band) score <see cref="Points"/>.</summary>
public sealed record CompanySizeBand(int MinSize, double Points);
