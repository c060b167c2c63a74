using Cascade.App.Handlers;
using Cascade.App.Ingestion;
using Cascade.App.Jobs;
using Cascade.App.Tests.Pipeline;
using Cascade.Domain.Customers;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using Cascade.Storage;
using Cascade.Storage.Customers;
using Cascade.Storage.Queues;
using Cascade.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using static Cascade.Domain.Customers.CustomerStatus;

namespace Cascade.App.Tests.Customers;

/// <summary>
/// The customer status read model through the queues and the daily maintenance: equal to the replay of the stored
/// facts, whatever the arrival order, redelivery or the day the timer runs.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class CustomerStatusUpdaterTests(AzuriteFixture azurite)
{
    private const string Acme = "acme.example";
    private static readonly DateTimeOffset T0 = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly EmailAddress Bob = EmailAddress.Parse("bob@acme.example");
    private static readonly EmailAddress Carol = EmailAddress.Parse("carol@acme.example");

    private static readonly Opportunity First = Deal("first", T0.AddDays(5), 10_000m);
    private static readonly Opportunity FirstWon = First with { Status = OpportunityStatus.Won, ClosedAt = T0.AddDays(20), UpdatedAt = T0.AddDays(20) };
    private static readonly Opportunity Renewal = Deal("renewal", T0.AddDays(300), 9_000m) with { Type = OpportunityType.Renewal };
    private static readonly Opportunity RenewalLost = Renewal with { Status = OpportunityStatus.Lost, ClosedAt = T0.AddDays(330), UpdatedAt = T0.AddDays(330) };

    private static readonly Touchpoint[] Touches =
    [
        Touchpoint.Create("b-1", T0, TouchpointTypes.FormFill, Bob, channel: "email"),
        Touchpoint.Create("c-1", T0.AddDays(40), TouchpointTypes.PageView, Carol, channel: "direct"),
        Touchpoint.Create("c-2", T0.AddDays(290), TouchpointTypes.NpsResponse, Carol, score: 9),
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Handlers_AnyArrivalOrderAndRedelivery_KeepTheReplayOfTheFacts(bool dealsFirst)
    {
        await using var host = await StartAsync(T0.AddDays(400));
        if (dealsFirst)
        {
            await host.Get<OpportunityIngestion>().AcceptAsync([RenewalLost, FirstWon, Renewal, First]);
            await host.DrainAsync(deliverTwice: true);
            await host.Get<TouchpointIngestion>().AcceptAsync([.. Touches.Reverse()]);
        }
        else
        {
            await host.Get<TouchpointIngestion>().AcceptAsync(Touches);
            await host.DrainAsync(deliverTwice: true);
            await host.Get<OpportunityIngestion>().AcceptAsync([First, FirstWon, Renewal, RenewalLost]);
        }

        await host.DrainAsync(deliverTwice: true);
        var record = await host.Get<CustomerStore>().GetAsync(Acme);

        Assert.Equal(
        [
            (None, Active, T0.AddDays(20), "deal_won"),
            (Active, AtRisk, T0.AddDays(130), "silence"),
            (AtRisk, Inactive, T0.AddDays(220), "silence"),
            (Inactive, Active, T0.AddDays(290), "activity"),
            (Active, Churned, T0.AddDays(330), "renewal_lost"),
        ],
            record!.History.Select(c => (c.From, c.To, c.At, c.Cause.Action)));
        Assert.Equal((Churned, T0.AddDays(290)), (record.State.Status, record.State.LastActivityAt));
        Assert.Equal(["first"], record.WonDeals.Select(d => d.OpportunityId));
    }

    [Fact]
    public async Task DailyMaintenance_PersistsTheSilenceAtItsDueInstantWhicheverDayItRuns()
    {
        var clock = new FakeTimeProvider(T0.AddDays(30));
        await using var host = await PipelineHost.StartAsync(azurite, s => s.AddSingleton<TimeProvider>(clock));
        await host.Get<TouchpointIngestion>().AcceptAsync(Touches[..2]);
        await host.Get<OpportunityIngestion>().AcceptAsync([First, FirstWon]);
        await host.DrainAsync();
        Assert.Equal(Active, (await host.Get<CustomerStore>().GetAsync(Acme))!.State.Status);

        // The timer runs 10 days after the account became at risk: the change is dated when it fell due.
        clock.SetUtcNow(T0.AddDays(140));
        await host.Get<DailyMaintenanceJob>().RunAsync();
        await host.DrainAsync();
        var record = await host.Get<CustomerStore>().GetAsync(Acme);

        Assert.Equal((AtRisk, T0.AddDays(130)), (record!.State.Status, record.State.StatusSince));
        Assert.Equal(0, await host.Get<App.Customers.CustomerMaintenanceSweep>().RunAsync(T0.AddDays(140)));
    }

    [Fact]
    public async Task Touches_OfAnActiveCustomer_MoveItsLastActivityAsTheReplayDoes()
    {
        await using var host = await StartAsync(T0.AddDays(60));
        await host.Get<TouchpointIngestion>().AcceptAsync(Touches[..1]);
        await host.Get<OpportunityIngestion>().AcceptAsync([First, FirstWon]);
        await host.DrainAsync();

        await host.Get<TouchpointIngestion>().AcceptAsync([Touches[1]]);
        await host.DrainAsync(deliverTwice: true);
        var extended = await host.Get<CustomerStore>().GetAsync(Acme);
        var replayed = await host.Get<App.Customers.CustomerStatusUpdater>().RefreshAsync(Acme);

        Assert.Equal((Active, T0.AddDays(40)), (extended!.State.Status, extended.State.LastActivityAt));
        Assert.Equal(replayed!.State, extended.State);
        Assert.Equal(replayed.History, extended.History);
    }

    [Fact]
    public async Task ATouchInsideAStretchOfActivityTheRowHolds_WritesNothingToTheCustomerTable()
    {
        var requests = new TableRequests();
        await using var host = await StartAsync(T0.AddDays(60), requests);
        await host.Get<TouchpointIngestion>().AcceptAsync(Touches[..2]);
        await host.Get<OpportunityIngestion>().AcceptAsync([First, FirstWon]);
        await host.DrainAsync();
        var before = await host.Get<CustomerStore>().GetAsync(Acme);

        // Carol's visit of day 30 falls between the touches of days 0 and 40, which the row already holds as one stretch.
        requests.Clear();
        await host.Get<TouchpointIngestion>().AcceptAsync([Touchpoint.Create("c-0", T0.AddDays(30), TouchpointTypes.PageView, Carol, channel: "direct")]);
        await host.DrainAsync(deliverTwice: true);
        var customers = host.Storage.Table(StorageNames.CustomersTable).Name;
        var after = await host.Get<CustomerStore>().GetAsync(Acme);
        var replayed = await host.Get<App.Customers.CustomerStatusUpdater>().RefreshAsync(Acme);

        Assert.Contains(requests.Seen, r => r.StartsWith("GET ", StringComparison.Ordinal) && r.Contains("/" + customers + "(", StringComparison.Ordinal));
        Assert.DoesNotContain(requests.Seen, r => !r.StartsWith("GET ", StringComparison.Ordinal) && r.Contains("/" + customers, StringComparison.Ordinal));
        Assert.Equal((before!.State, before.EvaluatedAt), (after!.State, after.EvaluatedAt));
        Assert.Equal(replayed!.State, after.State);
        Assert.Equal(replayed.History, after.History);
    }

    [Fact]
    public async Task Touches_OfACustomerAmongManyProspectAccounts_MoveItsLastActivityAsTheReplayDoes()
    {
        await using var host = await StartAsync(T0.AddDays(60));
        await host.Get<TouchpointIngestion>().AcceptAsync(Touches[..1]);
        await host.Get<OpportunityIngestion>().AcceptAsync([First, FirstWon]);
        await host.DrainAsync();

        // One message naming a hundred prospect accounts beside the customer's: the customer list sorts them out.
        var prospects = Enumerable.Range(0, 100)
            .Select(i => Touchpoint.Create($"p-{i}", T0.AddDays(30), TouchpointTypes.PageView, EmailAddress.Parse($"dan@prospect-{i}.example"), channel: "direct"));
        await host.Get<TouchpointIngestion>().AcceptAsync([.. prospects, Touches[1]]);
        await host.DrainAsync(deliverTwice: true);
        var extended = await host.Get<CustomerStore>().GetAsync(Acme);
        var replayed = await host.Get<App.Customers.CustomerStatusUpdater>().RefreshAsync(Acme);

        Assert.Equal((Active, T0.AddDays(40)), (extended!.State.Status, extended.State.LastActivityAt));
        Assert.Equal(replayed!.State, extended.State);
        Assert.Equal(replayed.History, extended.History);
        Assert.Null(await host.Get<CustomerStore>().GetAsync("prospect-0.example"));
    }

    [Theory]
    [InlineData("carol@acme.example", null)]
    [InlineData("erin@freemail.example", Acme)]
    public async Task ACookieStitchedFromNoOne_BringsItsEarlierVisitToTheAccount_AsAReplayWould_WithoutOne(string email, string? accountDomain)
    {
        var requests = new TableRequests();
        await using var host = await StartAsync(T0.AddDays(400), requests);
        // Bob's touch and the won deal make Acme a customer; Carol's cookie visits at day 150, before she says who she is.
        await host.Get<TouchpointIngestion>().AcceptAsync(
            [Touches[0], Touchpoint.Create("visit", T0.AddDays(150), TouchpointTypes.PageView, anonymousId: "c-carol", channel: "direct")]);
        await host.Get<OpportunityIngestion>().AcceptAsync([First, FirstWon]);
        await host.DrainAsync();

        requests.Clear();
        // She identifies by her work address, or by another one on a touch that names her account.
        await host.Get<TouchpointIngestion>().AcceptAsync(
            [Touchpoint.Create("c-id", T0.AddDays(300), TouchpointTypes.FormFill, EmailAddress.Parse(email), "c-carol", accountDomain: accountDomain, channel: "email")]);
        await host.DrainAsync();
        var extended = await host.Get<CustomerStore>().GetAsync(Acme);
        var replays = requests.Seen.Count(r => r.Contains("/" + host.Storage.Names.Table(StorageNames.CustomerFactsTable) + "()", StringComparison.Ordinal));
        var replayed = await host.Get<App.Customers.CustomerStatusUpdater>().RefreshAsync(Acme);

        // The visit brought the account back from at risk at day 150; no replay read the account's facts for it.
        Assert.Contains(extended!.History, c => (c.To, c.At) == (Active, T0.AddDays(150)));
        Assert.Equal(replayed!.State, extended.State);
        Assert.Equal(replayed.History, extended.History);
        Assert.Equal(0, replays);
    }

    [Fact]
    public async Task ATouchThatMovesTheSilences_IsReplayedFromTheRowsSummary_WithoutReadingTheAccountsFacts()
    {
        var requests = new TableRequests();
        await using var host = await StartAsync(T0.AddDays(400), requests);
        await host.Get<TouchpointIngestion>().AcceptAsync([Touches[0], Touches[2]]);
        await host.Get<OpportunityIngestion>().AcceptAsync([First, FirstWon]);
        await host.DrainAsync();
        Assert.Equal(T0.AddDays(110), (await host.Get<CustomerStore>().GetAsync(Acme))!.History[1].At);

        // Carol's touch of day 40 arrives last: the silences count from it, not from the win on day 20.
        requests.Clear();
        await host.Get<TouchpointIngestion>().AcceptAsync([Touches[1]]);
        await host.DrainAsync(deliverTwice: true);
        var seen = requests.Seen;
        var record = await host.Get<CustomerStore>().GetAsync(Acme);
        var replayed = await host.Get<App.Customers.CustomerStatusUpdater>().RefreshAsync(Acme);

        Assert.Equal(
            [(None, Active, T0.AddDays(20)), (Active, AtRisk, T0.AddDays(130)), (AtRisk, Inactive, T0.AddDays(220)), (Inactive, Active, T0.AddDays(290)),
                (Active, AtRisk, T0.AddDays(380))],
            record!.History.Select(c => (c.From, c.To, c.At)));
        Assert.Equal(replayed!.State, record.State);
        Assert.Equal(replayed.History, record.History);
        var facts = host.Storage.Table(StorageNames.CustomerFactsTable).Name;
        Assert.DoesNotContain(seen, r => r.StartsWith("GET ", StringComparison.Ordinal) && r.Contains("/" + facts, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FirstWin_ATouchHandledWhileItsReplayIsWritten_IsInTheRow()
    {
        // The touch's handler runs after the first win's replay read the facts and before it wrote the row: it finds
        // no row, so the first win's writer has to see the touch.
        var requests = new TableRequests();
        await using var host = await StartAsync(T0.AddDays(60), requests);
        var customers = host.Storage.Table(StorageNames.CustomersTable).Name;
        var inserting = requests.HoldNext(r => r.StartsWith("POST ", StringComparison.Ordinal) && r.EndsWith("/" + customers, StringComparison.Ordinal));

        await host.Get<TouchpointIngestion>().AcceptAsync(Touches[..1]);
        await host.Get<OpportunityIngestion>().AcceptAsync([First, FirstWon]);
        var drain = host.DrainAsync();
        var reached = await Task.WhenAny(inserting, drain);
        await host.Get<TouchpointIngestion>().AcceptAsync([Touches[1]]);
        var queue = host.Storage.Queue(QueueNames.Touchpoints);
        foreach (var message in (await queue.ReceiveMessagesAsync(32)).Value)
        {
            await host.Get<TouchpointsHandler>().HandleAsync(message.Body.ToString());
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
        }

        requests.Release();
        await drain;
        var record = await host.Get<CustomerStore>().GetAsync(Acme);

        Assert.Same(inserting, reached);
        Assert.Equal((Active, T0.AddDays(40)), (record!.State.Status, record.State.LastActivityAt));
    }

    [Fact]
    public async Task AnAnonymousTouch_IsActivityOfItsOwnersAccount_OnlyWhenTheOwnerIsOneOfItsPeople()
    {
        var dan = EmailAddress.Parse("dan@acme.example");
        await using var host = await StartAsync(T0.AddDays(60));
        await host.Get<TouchpointIngestion>().AcceptAsync(
        [
            Touchpoint.Create("b-1", T0, TouchpointTypes.FormFill, Bob, "ck-bob", channel: "email"),
            // Dan's touches name another account: Acme's people do not include him.
            Touchpoint.Create("d-1", T0, TouchpointTypes.FormFill, dan, "ck-dan", channel: "email", accountDomain: "other.example"),
        ]);
        await host.Get<OpportunityIngestion>().AcceptAsync([First, FirstWon]);
        await host.DrainAsync();

        await host.Get<TouchpointIngestion>().AcceptAsync(
        [
            Touchpoint.Create("ck-bob-1", T0.AddDays(40), TouchpointTypes.PageView, anonymousId: "ck-bob", channel: "direct"),
            Touchpoint.Create("ck-dan-1", T0.AddDays(50), TouchpointTypes.PageView, anonymousId: "ck-dan", channel: "direct"),
        ]);
        await host.DrainAsync(deliverTwice: true);
        var record = await host.Get<CustomerStore>().GetAsync(Acme);
        var replayed = await host.Get<App.Customers.CustomerStatusUpdater>().RefreshAsync(Acme);

        Assert.Equal((Active, T0.AddDays(40)), (record!.State.Status, record.State.LastActivityAt));
        Assert.Equal(replayed!.State, record.State);
        Assert.Equal(replayed.History, record.History);
    }

    [Fact]
    public async Task Touches_OfAnAccountThatIsNoCustomer_WriteNoRow()
    {
        await using var host = await StartAsync(T0.AddDays(60));
        await host.Get<TouchpointIngestion>().AcceptAsync(Touches[..2]);
        await host.Get<OpportunityIngestion>().AcceptAsync([First]);
        await host.DrainAsync();

        Assert.Null(await host.Get<CustomerStore>().GetAsync(Acme));
    }

    private Task<PipelineHost> StartAsync(DateTimeOffset now) =>
        PipelineHost.StartAsync(azurite, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(now)));

    /// <summary>A host whose table requests go through <paramref name="requests"/>.</summary>
    private Task<PipelineHost> StartAsync(DateTimeOffset now, TableRequests requests) =>
        PipelineHost.StartAsync(azurite, requests, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(now)));

    private static Opportunity Deal(string id, DateTimeOffset createdAt, decimal amount) => new()
    {
        OpportunityId = id,
        AccountDomain = Acme,
        ContactEmails = [Bob],
        Amount = amount,
        CloseDate = DateOnly.FromDateTime(createdAt.UtcDateTime).AddDays(60),
        Status = OpportunityStatus.Open,
        CreatedAt = createdAt,
        UpdatedAt = createdAt,
    };
}
