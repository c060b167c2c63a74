using Cascade.App.Ingestion;
using Cascade.App.SalesActions;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Lifecycle.Events;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.People;
using Cascade.Testing.Storage;

namespace Cascade.App.Tests.Pipeline;

[Collection(PipelineCollection.Name)]
public sealed class SalesActionServiceTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly EmailAddress Ada = EmailAddress.Parse("ada@initech.example");
    private static readonly EmailAddress Bob = EmailAddress.Parse("bob@initech.example");

    [Fact]
    public async Task ApplyAsync_AcceptThenQualify_MovesTheLeadAndStoresTheHistory()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        await host.Get<TouchpointIngestion>().AcceptAsync([Touchpoint.Create("d1", T0, TouchpointTypes.DemoRequest, Ada)]);
        await host.DrainAsync();
        var service = host.Get<SalesActionService>();

        var accepted = await service.ApplyAsync(Ada, new SalesActionRequest(SalesActionKind.Accept, null, "sam", T0.AddDays(1), null));
        var qualified = await service.ApplyAsync(
            Ada, new SalesActionRequest(SalesActionKind.Qualify, null, "sam", T0.AddDays(2), new Bant("50k", "CMO", "attribution", "Q4")));
        await host.DrainAsync();

        Assert.Equal((SalesActionOutcome.Applied, LifecycleStage.Sal, LifecycleStage.Mql), (accepted.Outcome, accepted.Stage, accepted.PreviousStage));
        Assert.Equal((SalesActionOutcome.Applied, LifecycleStage.Sql), (qualified.Outcome, qualified.Stage));
        var history = await host.Get<PersonStore>().HistoryAsync(Ada);
        Assert.Equal(
            [LifecycleStage.Known, LifecycleStage.Mql, LifecycleStage.Sal, LifecycleStage.Sql],
            history.OrderBy(t => t.At).Select(t => t.To));
    }

    [Fact]
    public async Task ApplyAsync_AcceptWhileTheAccountHasAnOpenOpportunity_IsRefusedAndRoutedToItsOwner()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        await host.Get<TouchpointIngestion>().AcceptAsync(
        [
            Touchpoint.Create("a1", T0, TouchpointTypes.FormFill, Ada),
            Touchpoint.Create("b1", T0, TouchpointTypes.ContactRequest, Bob),
        ]);
        await host.Get<OpportunityIngestion>().AcceptAsync(
        [
            new Opportunity
            {
                OpportunityId = "initech-1", AccountDomain = "initech.example", ContactEmails = [Ada], Amount = 20_000m,
                CloseDate = new DateOnly(2026, 12, 15), Status = OpportunityStatus.Open, CreatedAt = T0.AddDays(1),
                UpdatedAt = T0.AddDays(1), Owner = "ae.lee@vendor.example",
            },
        ]);
        await host.DrainAsync();

        var result = await host.Get<SalesActionService>().ApplyAsync(Bob, new SalesActionRequest(SalesActionKind.Accept, null, "sam", T0.AddDays(2), null));

        Assert.Equal(SalesActionOutcome.Refused, result.Outcome);
        Assert.Equal("ae.lee@vendor.example", result.RoutedTo);
        Assert.Equal(LifecycleStage.Mql, result.Stage);
    }

    [Fact]
    public async Task ApplyAsync_UnknownPerson_SaysSo()
    {
        await using var host = await PipelineHost.StartAsync(azurite);

        var result = await host.Get<SalesActionService>().ApplyAsync(Ada, new SalesActionRequest(SalesActionKind.Recycle, null, "sam", null, null));

        Assert.Equal(SalesActionOutcome.UnknownPerson, result.Outcome);
    }

    [Fact]
    public async Task ApplyAsync_TransitionTheLifecycleForbids_IsRefusedWithAReason()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        await host.Get<TouchpointIngestion>().AcceptAsync([Touchpoint.Create("a1", T0, TouchpointTypes.PageView, Ada)]);
        await host.DrainAsync();

        var result = await host.Get<SalesActionService>().ApplyAsync(
            Ada, new SalesActionRequest(SalesActionKind.Qualify, null, "sam", T0.AddDays(1), new Bant("b", "a", "n", "t")));

        Assert.Equal(SalesActionOutcome.Refused, result.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
    }
}
