namespace Cascade.Domain.Funnel;

/// <summary>
/// Pipeline velocity, money per day: opportunities × average amount × win rate ÷ average cycle length in days.
/// </summary>
/// <remarks>
/// <see cref="Opportunities"/> are those open at some point in the period (created before its end and not
/// closed before its start): the pipeline the team worked. The win rate is that of the period (won ÷
/// (won + lost) of opportunities closed in it). The cycle length is the average days from creation to
/// close of the opportunities won in the period (the usual sales-cycle definition). <see cref="PerDay"/>
/// is rounded to cents; it is 0 when the win rate is 0, and null when an ingredient is missing (no
/// opportunity, no close, no win) or the average cycle is 0 days.
/// </remarks>
public sealed record PipelineVelocity(int Opportunities, decimal? AverageAmount, decimal? WinRate, decimal? AverageCycleDays, decimal? PerDay);
