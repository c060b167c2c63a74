using Cascade.Domain.Lifecycle;
using Cascade.Domain.Lifecycle.Events;
using static Cascade.Domain.Lifecycle.LifecycleStage;

namespace Cascade.Domain.Tests.Lifecycle;

public sealed class LeadMaintenanceTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(Known)]
    [InlineData(Recycled)]
    public void Due_NinetyDaysWithoutActivity_GoesDormantAtLastActivityPlusNinety(LifecycleStage stage)
    {
        var due = LeadMaintenance.Due(LeadState.In(stage, T0), T0.AddDays(5), T0.AddDays(200), LeadSettings.Default);

        var e = Assert.Single(due);
        Assert.Equal(T0.AddDays(95), e.DueAt);
        Assert.Equal(new InactivityElapsed(T0.AddDays(5)), e.Event);
    }

    [Fact]
    public void Due_ActiveWithinTheWindow_Nothing()
    {
        Assert.Empty(LeadMaintenance.Due(LeadState.In(Known, T0), T0.AddDays(5), T0.AddDays(94), LeadSettings.Default));
    }

    [Fact]
    public void Due_FreshlyRecycled_GetsAFullPeriodFromTheRecycling()
    {
        var due = LeadMaintenance.Due(LeadState.In(Recycled, T0.AddDays(100)), T0, T0.AddDays(150), LeadSettings.Default);

        Assert.Empty(due);
    }

    [Theory]
    [InlineData(SalesRejected)]
    [InlineData(Lost)]
    public void Due_RejectedOrLost_RecycledAutomaticallyThenDormantWhenLateEnough(LifecycleStage stage)
    {
        var due = LeadMaintenance.Due(LeadState.In(stage, T0), null, T0.AddDays(100), LeadSettings.Default);

        Assert.Equal([new MaintenanceEvent(T0, new LeadRecycled(true)), new MaintenanceEvent(T0.AddDays(90), new InactivityElapsed(T0))], due);
    }

    [Fact]
    public void Due_RecycleDelayConfigured_WaitsForIt()
    {
        var settings = LeadSettings.Default with { AutoRecycleAfter = TimeSpan.FromDays(30) };

        Assert.Empty(LeadMaintenance.Due(LeadState.In(SalesRejected, T0), null, T0.AddDays(29), settings));
        Assert.Equal(T0.AddDays(30), Assert.Single(LeadMaintenance.Due(LeadState.In(SalesRejected, T0), null, T0.AddDays(31), settings)).DueAt);
    }

    [Theory]
    [InlineData(Anonymous)]
    [InlineData(Mql)]
    [InlineData(Sal)]
    [InlineData(Sql)]
    [InlineData(Opportunity)]
    [InlineData(Customer)]
    [InlineData(Disqualified)]
    [InlineData(Dormant)]
    public void Next_OtherStages_NoMaintenance(LifecycleStage stage)
    {
        Assert.Null(LeadMaintenance.Next(LeadState.In(stage, T0), T0, LeadSettings.Default));
    }
}
