using Cascade.Domain.Pipeline;

namespace Cascade.Domain.Funnel;

/// <summary>The opportunity half of <see cref="FunnelMetrics"/>: win rate and velocity (rules on <see cref="PipelineVelocity"/>).</summary>
internal sealed record OpportunityStatistics(int Won, int Lost, PipelineVelocity Velocity, decimal? AverageWonAmount)
{
    public static OpportunityStatistics Compute(DateTimeOffset from, DateTimeOffset to, IEnumerable<FunnelOpportunity> opportunities)
    {
        int won = 0, lost = 0, worked = 0;
        decimal workedAmount = 0, wonAmount = 0;
        long wonCycleTicks = 0;
        foreach (var o in opportunities)
        {
            if (o.CreatedAt < to && (o.ClosedAt is not { } closedBefore || closedBefore >= from))
            {
                worked++;
                workedAmount += o.Amount;
            }

            if (o.ClosedAt is { } closedAt && closedAt >= from && closedAt < to)
            {
                if (o.Status == OpportunityStatus.Won)
                {
                    won++;
                    wonAmount += o.Amount;
                    wonCycleTicks += Math.Max(0, (closedAt - o.CreatedAt).Ticks);
                }
                else
                {
                    lost++;
                }
            }
        }

        var winRate = FunnelMetrics.Rate(won, won + lost);
        decimal? averageAmount = worked == 0 ? null : workedAmount / worked;
        decimal? cycleDays = won == 0 ? null : (decimal)wonCycleTicks / won / TimeSpan.TicksPerDay;
        decimal? perDay = (worked, winRate, cycleDays) switch
        {
            ( > 0, 0m, _) => 0m,
            ( > 0, { } rate, > 0m and { } days) => Math.Round(workedAmount * rate / days, 2, MidpointRounding.ToEven),
            _ => null,
        };
        return new OpportunityStatistics(
            won, lost, new PipelineVelocity(worked, averageAmount, winRate, cycleDays, perDay), won == 0 ? null : wonAmount / won);
    }
}
