namespace Cascade.App.Reports.Funnel;

/// <summary>
/// Opportunities worked × average amount × win rate ÷ average cycle days = money per day (<see cref="PerDay"/>,
/// null when an ingredient is missing).
/// </summary>
public sealed record PipelineVelocityView(int Opportunities, decimal? AverageAmount, decimal? WinRate, decimal? AverageCycleDays, decimal? PerDay);
