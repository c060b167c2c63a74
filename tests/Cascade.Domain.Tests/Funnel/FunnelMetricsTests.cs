using Cascade.Domain.Funnel;
using Cascade.Domain.Lifecycle;
using OpportunityStatus = Cascade.Domain.Pipeline.OpportunityStatus;
using static Cascade.Domain.Lifecycle.LifecycleStage;

namespace Cascade.Domain.Tests.Funnel;

/// <summary>A small hand-computed funnel over 2026-Q1.</summary>
public sealed class FunnelMetricsTests
{
    private static readonly DateTimeOffset From = At("2026-01-01");
    private static readonly DateTimeOffset To = At("2026-04-01");

    private static readonly FunnelStageEntry[] Entries =
    [
        new("ada", Known, At("2025-12-20")),
        new("ada", Mql, At("2026-01-05")),
        new("ada", Sal, At("2026-01-10")),
        new("ada", Sql, At("2026-01-20")),
        new("ada", LifecycleStage.Opportunity, At("2026-02-01")),
        new("ada", Customer, At("2026-03-15")),
        new("bob", Known, At("2026-01-02")),
        new("bob", Mql, At("2026-01-12")),
        new("bob", Recycled, At("2026-01-22")),
        new("bob", SalesRejected, At("2026-01-22")),
        new("bob", Mql, At("2026-02-12")),
        // One hand-raiser touch made cy known and MQL at once.
        new("cy", Mql, At("2026-02-01")),
        new("cy", Known, At("2026-02-01")),
        new("cy", Sal, At("2026-04-10")),
        new("dee", Known, At("2026-03-01")),
        new("eve", Mql, At("2025-11-01")),
        new("eve", Sal, At("2026-01-03")),
    ];

    private static readonly FunnelOpportunity[] Opportunities =
    [
        FunnelOpportunity.Create("o1", 10_000m, OpportunityStatus.Won, At("2026-01-01"), At("2026-03-01")),
        FunnelOpportunity.Create("o2", 20_000m, OpportunityStatus.Lost, At("2025-11-01"), At("2026-02-01")),
        FunnelOpportunity.Create("o3", 30_000m, OpportunityStatus.Open, At("2026-02-15"), null),
        FunnelOpportunity.Create("o4", 40_000m, OpportunityStatus.Won, At("2025-10-01"), At("2025-12-15")),
        FunnelOpportunity.Create("o5", 50_000m, OpportunityStatus.Open, At("2026-04-05"), null),
        FunnelOpportunity.Create("o6", 6_000m, OpportunityStatus.Won, At("2025-12-01"), At("2026-01-31")),
    ];

    private static readonly FunnelMetrics Metrics = FunnelMetrics.Compute(From, To, Entries, Opportunities);

    [Theory]
    [InlineData(Anonymous, 0)]
    [InlineData(Known, 3)]
    [InlineData(Mql, 3)]
    [InlineData(Sal, 2)]
    [InlineData(Sql, 1)]
    [InlineData(LifecycleStage.Opportunity, 1)]
    [InlineData(Customer, 1)]
    [InlineData(SalesRejected, 1)]
    [InlineData(Recycled, 1)]
    [InlineData(Disqualified, 0)]
    public void Compute_Entered_CountsDistinctPeopleInPeriod(LifecycleStage stage, int expected) =>
        Assert.Equal(expected, Metrics.Entered[stage]);

    [Theory]
    [InlineData(Known, Mql, 3, 2)]
    [InlineData(Mql, Sal, 3, 2)]
    [InlineData(Sal, Sql, 2, 1)]
    [InlineData(Sql, LifecycleStage.Opportunity, 1, 1)]
    [InlineData(LifecycleStage.Opportunity, Customer, 1, 1)]
    public void Compute_Conversion_IsShareOfCohortReachingNextStage(LifecycleStage from, LifecycleStage to, int entered, int converted) =>
        Assert.Equal(new StageConversion(from, to, entered, converted), Metrics.Conversion(from));

    [Fact]
    public void Compute_Conversions_FollowTheMainPathInOrder() =>
        Assert.Equal([Known, Mql, Sal, Sql, LifecycleStage.Opportunity], Metrics.Conversions.Select(c => c.From));

    [Fact]
    public void Compute_NamedRates_AreTheirConversions()
    {
        Assert.Equal(2m / 3m, Metrics.MqlToSalRate);
        Assert.Equal(1m, Metrics.SqlToOpportunityRate);
    }

    [Theory]
    [InlineData(Known, 2, 5.0)]
    [InlineData(Mql, 3, 10.0)]
    [InlineData(Sal, 1, 10.0)]
    [InlineData(Sql, 1, 12.0)]
    [InlineData(LifecycleStage.Opportunity, 1, 42.0)]
    [InlineData(SalesRejected, 1, 0.0)]
    [InlineData(Recycled, 1, 21.0)]
    public void Compute_TimeInStage_IsMedianOfEndedStays(LifecycleStage stage, int completed, double medianDays)
    {
        var duration = Metrics.TimeInStage.Single(d => d.Stage == stage);

        Assert.Equal(completed, duration.Completed);
        Assert.Equal(TimeSpan.FromDays(medianDays), duration.Median);
    }

    [Fact]
    public void Compute_StageNobodyLeft_HasNoMedian() =>
        Assert.Equal(new StageDuration(Customer, 0, null), Metrics.TimeInStage.Single(d => d.Stage == Customer));

    [Fact]
    public void Compute_WinRate_CountsClosesInPeriod()
    {
        Assert.Equal((2, 1), (Metrics.Won, Metrics.Lost));
        Assert.Equal(2m / 3m, Metrics.WinRate);
        Assert.Equal(8_000m, Metrics.AverageWonAmount); // o1 and o6
        Assert.Null(FunnelMetrics.Compute(From, To, Entries, Opportunities.Where(o => o.Status != OpportunityStatus.Won)).AverageWonAmount);
    }

    [Fact]
    public void Compute_Velocity_UsesOpportunitiesOpenInPeriodAndWonCycle()
    {
        var v = Metrics.Velocity;

        Assert.Equal(4, v.Opportunities);
        Assert.Equal(16_500m, v.AverageAmount);
        Assert.Equal(2m / 3m, v.WinRate);
        Assert.Equal(60m, v.AverageCycleDays);
        // 4 × 16,500 × 2/3 ÷ 60
        Assert.Equal(733.33m, v.PerDay);
    }

    [Fact]
    public void Compute_EmptyInputs_GivesZeroCountsAndNullRates()
    {
        var metrics = FunnelMetrics.Compute(From, To, [], []);

        Assert.All(metrics.Entered.Values, count => Assert.Equal(0, count));
        Assert.All(metrics.Conversions, c => Assert.Null(c.Rate));
        Assert.All(metrics.TimeInStage, d => Assert.Null(d.Median));
        Assert.Null(metrics.MqlToSalRate);
        Assert.Null(metrics.WinRate);
        Assert.Equal(new PipelineVelocity(0, null, null, null, null), metrics.Velocity);
    }

    [Fact]
    public void Compute_EverythingLost_VelocityIsZero()
    {
        var metrics = FunnelMetrics.Compute(From, To, [], [FunnelOpportunity.Create("o", 100m, OpportunityStatus.Lost, At("2026-01-05"), At("2026-02-05"))]);

        Assert.Equal(0m, metrics.WinRate);
        Assert.Equal(0m, metrics.Velocity.PerDay);
    }

    [Fact]
    public void Compute_PeriodEndingBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() => FunnelMetrics.Compute(To, From, [], []));

    [Fact]
    public void FunnelOpportunity_ClosedWithoutCloseInstant_Throws() =>
        Assert.Throws<ArgumentException>(() => FunnelOpportunity.Create("o", 1m, OpportunityStatus.Won, From, null));

    [Fact]
    public void FunnelOpportunity_FromClosedStateWithoutClosedAt_ClosesAtUpdatedAt()
    {
        var state = new Cascade.Domain.Pipeline.Opportunity
        {
            OpportunityId = "o",
            Amount = 1m,
            CloseDate = new DateOnly(2026, 2, 1),
            Status = OpportunityStatus.Won,
            CreatedAt = From,
            UpdatedAt = At("2026-02-03"),
        };

        Assert.Equal(At("2026-02-03"), FunnelOpportunity.From(state).ClosedAt);
    }

    private static DateTimeOffset At(string date) => new(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.MinValue, TimeSpan.Zero);
}
