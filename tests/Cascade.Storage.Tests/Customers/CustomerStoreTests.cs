using Azure.Data.Tables;
using Cascade.Domain.Customers;
using Cascade.Domain.Customers.Events;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Customers;
using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests.Customers;

[Collection(StorageCollection.Name)]
public sealed class CustomerStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Won = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);

    private static CustomerRecord Record(string domain, DateTimeOffset asOf)
    {
        CustomerFact[] facts = [new(Won, new DealWon("opp-1")), new(Won.AddDays(10), new ActivityRecorded("t-1"))];
        var replay = CustomerReplay.Run(facts, CustomerSettings.Default, asOf);
        CustomerDeal[] won = [new("opp-1", OpportunityType.NewBusiness, OpportunityStatus.Won, 12_345.67m, Won.AddDays(-30), Won)];
        return new CustomerRecord(domain, replay.State, replay.History, won, asOf);
    }

    [Fact]
    public async Task UpdateAsync_Record_RoundTripsStateHistoryAndWonDeals()
    {
        var store = new CustomerStore(await azurite.CreateStorageAsync());
        var record = Record("acme.example", Won.AddDays(200));

        await store.UpdateAsync("acme.example", _ => Task.FromResult<CustomerRecord?>(record));
        var stored = await store.GetAsync("acme.example");

        Assert.Equal(record.State, stored!.State);
        Assert.Equal(record.History, stored.History);
        Assert.Equal(record.WonDeals, stored.WonDeals);
        Assert.Equal((Won, Won.AddDays(200)), (stored.FirstWonAt, stored.EvaluatedAt));
        Assert.Equal([CustomerStatus.Active, CustomerStatus.AtRisk, CustomerStatus.Inactive], stored.History.Select(c => c.To));
    }

    [Fact]
    public async Task UpdateAsync_Summary_RoundTripsEveryKindOfFactAndStaysOffTheStandingCopies()
    {
        var store = new CustomerStore(await azurite.CreateStorageAsync());
        CustomerFact[] facts =
        [
            new(Won, new DealWon("opp-1")),
            new(Won.AddDays(10), new ActivityRecorded("t-1")),
            new(Won.AddDays(40), new ActivityRecorded("t-2")),
            new(Won.AddDays(50), new ChurnMarked("left", "csm@vendor.example")),
            new(Won.AddDays(60), new Reactivated("back", "csm@vendor.example")),
            new(Won.AddDays(70), new RenewalLost("opp-r")),
            new(Won.AddDays(400), new ActivityRecorded("t-3")),
        ];
        var summary = CustomerFactSummary.Of(facts, CustomerSettings.Default, Won.AddDays(200));
        var record = Record("acme.example", Won.AddDays(200)) with { Summary = summary };

        await store.UpdateAsync("acme.example", _ => Task.FromResult<CustomerRecord?>(record));
        var stored = (await store.GetAsync("acme.example"))!.Summary!;

        Assert.Equal(summary.Others, stored.Others);
        Assert.Equal(summary.Runs, stored.Runs);
        Assert.Equal(2, summary.Runs.Count);
        Assert.Equal(summary.ThresholdDays, stored.ThresholdDays);
        Assert.Null(Assert.Single(await store.ListLiveAsync()).Summary);
    }

    [Fact]
    public async Task UpdateAsync_AgainAndThenNoCustomer_ReplacesAndThenRemovesTheRow()
    {
        var store = new CustomerStore(await azurite.CreateStorageAsync());
        await store.UpdateAsync("acme.example", _ => Task.FromResult<CustomerRecord?>(Record("acme.example", Won.AddDays(20))));
        await store.UpdateAsync("globex.example", _ => Task.FromResult<CustomerRecord?>(Record("globex.example", Won.AddDays(20))));
        await store.UpdateAsync("acme.example", _ => Task.FromResult<CustomerRecord?>(Record("acme.example", Won.AddDays(100))));

        Assert.Equal(CustomerStatus.AtRisk, (await store.GetAsync("acme.example"))!.State.Status);
        Assert.Equal(["acme.example", "globex.example"], (await store.ListLiveAsync()).Select(r => r.Domain));

        await store.UpdateAsync("acme.example", _ => Task.FromResult<CustomerRecord?>(null));
        await store.UpdateAsync("never.example", _ => Task.FromResult<CustomerRecord?>(null));

        Assert.Null(await store.GetAsync("acme.example"));
        Assert.Equal(["globex.example"], (await store.ListLiveAsync()).Select(r => r.Domain));
    }

    [Fact]
    public async Task UpdateAsync_AWriterThatRacedAnother_ComputesAgain()
    {
        var storage = await azurite.CreateStorageAsync();
        var store = new CustomerStore(storage);
        var computed = 0;

        await store.UpdateAsync("acme.example", async ct =>
        {
            // Another writer lands between this one's read and its write: the first attempt must lose and compute again.
            if (Interlocked.Increment(ref computed) == 1)
            {
                await new CustomerStore(storage).UpdateAsync("acme.example", _ => Task.FromResult<CustomerRecord?>(Record("acme.example", Won.AddDays(20))), ct);
            }

            return Record("acme.example", Won.AddDays(100));
        });

        Assert.Equal(2, computed);
        Assert.Equal(CustomerStatus.AtRisk, (await store.GetAsync("acme.example"))!.State.Status);
    }

    [Fact]
    public async Task UpdateAsync_ARecordThatDiffersOnlyInItsInstant_WritesNothing_AndAnyOtherDifferenceWrites()
    {
        var requests = new TableRequests();
        var store = new CustomerStore(await azurite.CreateStorageAsync(requests));
        var first = Record("acme.example", Won.AddDays(20));
        await store.UpdateAsync("acme.example", _ => Task.FromResult<CustomerRecord?>(first));

        // Ten days on, nothing fell due: the replay is the row's but for the instant it was made at.
        requests.Clear();
        var later = Record("acme.example", Won.AddDays(30));
        Assert.Equal(first.State, later.State);
        Assert.Equal(first.History, later.History);
        await store.UpdateAsync("acme.example", _ => Task.FromResult<CustomerRecord?>(later));

        Assert.StartsWith("GET ", Assert.Single(requests.Seen));
        Assert.Equal(first.EvaluatedAt, (await store.GetAsync("acme.example"))!.EvaluatedAt);

        // Any column that differs is written, with its standing copy.
        var changed = later with { WonDeals = [first.WonDeals[0] with { Amount = 20_000m }] };
        await store.UpdateAsync("acme.example", _ => Task.FromResult<CustomerRecord?>(changed));
        var stored = await store.GetAsync("acme.example");

        Assert.Equal((later.EvaluatedAt, 20_000m), (stored!.EvaluatedAt, stored.WonDeals[0].Amount));
        Assert.Equal(20_000m, Assert.Single(await store.ListLiveAsync()).WonDeals[0].Amount);
    }

    private static CustomerRecord Churned(string domain, DateTimeOffset churnedAt)
    {
        CustomerFact[] facts = [new(Won, new DealWon("opp-1")), new(churnedAt, new ChurnMarked("moved to a rival", "csm@vendor.example"))];
        var replay = CustomerReplay.Run(facts, CustomerSettings.Default, churnedAt.AddDays(1));
        CustomerDeal[] won = [new("opp-1", OpportunityType.NewBusiness, OpportunityStatus.Won, 1_000m, Won.AddDays(-30), Won)];
        return new CustomerRecord(domain, replay.State, replay.History, won, churnedAt.AddDays(1));
    }

    [Fact]
    public async Task Standings_ChurnAndReturn_MoveTheAccountBetweenLiveAndItsChurnMonth()
    {
        var store = new CustomerStore(await azurite.CreateStorageAsync());
        var churnedAt = new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero);
        var now = churnedAt.AddDays(60);
        await store.UpdateAsync("acme.example", _ => Task.FromResult<CustomerRecord?>(Record("acme.example", Won.AddDays(20))));
        await store.UpdateAsync("globex.example", _ => Task.FromResult<CustomerRecord?>(Churned("globex.example", churnedAt)));

        Assert.Equal(["acme.example"], (await store.ListLiveAsync()).Select(r => r.Domain));
        Assert.Equal(["acme.example", "globex.example"], (await store.ListSinceAsync(churnedAt.AddDays(-20), now)).Select(r => r.Domain));
        Assert.Equal(["acme.example", "globex.example"], (await store.ListSinceAsync(new DateTimeOffset(2026, 3, 31, 0, 0, 0, TimeSpan.Zero), now)).Select(r => r.Domain));
        Assert.Equal(["acme.example"], (await store.ListSinceAsync(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), now)).Select(r => r.Domain));

        await store.UpdateAsync("globex.example", _ => Task.FromResult<CustomerRecord?>(Record("globex.example", Won.AddDays(20))));
        await store.UpdateAsync("acme.example", _ => Task.FromResult<CustomerRecord?>(null));

        Assert.Equal(["globex.example"], (await store.ListLiveAsync()).Select(r => r.Domain));
        Assert.Equal(["globex.example"], (await store.ListSinceAsync(churnedAt.AddDays(-20), now)).Select(r => r.Domain));
    }

    [Fact]
    public async Task Standings_ConcurrentWritersOfOneAccount_EndFiledOnceAsTheStatusRowSays()
    {
        var storage = await azurite.CreateStorageAsync();
        var churnedAt = new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero);
        var versions = Enumerable.Range(0, 20)
            .Select(i => i % 3 == 0 ? Churned("acme.example", churnedAt.AddDays(i * 20)) : Record("acme.example", Won.AddDays(20 + i)))
            .ToList();

        await Task.WhenAll(versions.Select(v => Task.Run(() => new CustomerStore(storage).UpdateAsync("acme.example", _ => Task.FromResult<CustomerRecord?>(v)))));

        var store = new CustomerStore(storage);
        var authority = await store.GetAsync("acme.example");
        var filed = await store.ListSinceAsync(Won, churnedAt.AddDays(400));
        Assert.Equal([(authority!.State, authority.EvaluatedAt)], filed.Select(r => (r.State, r.EvaluatedAt)));
        Assert.Equal(authority.State.Status == CustomerStatus.Churned ? 0 : 1, (await store.ListLiveAsync()).Count);

        // No stale copy left under another standing: the index holds one row for the account (the customer list aside).
        var copies = storage.Table(StorageNames.CustomersTable).QueryAsync<TableEntity>(e => e.PartitionKey.CompareTo("~") >= 0);
        Assert.Equal(1, await copies.CountAsync(e => !e.PartitionKey.StartsWith("~customers:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task MayBeCustomersAsync_ManyAccounts_KeepsThoseThatHaveOrHadARow()
    {
        var store = new CustomerStore(await azurite.CreateStorageAsync());
        await store.UpdateAsync("acme.example", _ => Task.FromResult<CustomerRecord?>(Record("acme.example", Won.AddDays(20))));
        await store.UpdateAsync("globex.example", _ => Task.FromResult<CustomerRecord?>(Churned("globex.example", Won.AddDays(40))));
        await store.UpdateAsync("former.example", _ => Task.FromResult<CustomerRecord?>(Record("former.example", Won.AddDays(20))));
        await store.UpdateAsync("former.example", _ => Task.FromResult<CustomerRecord?>(null));
        await store.UpdateAsync("never.example", _ => Task.FromResult<CustomerRecord?>(null));

        // Two hundred prospects besides: every list bucket holds several of the domains asked.
        var prospects = Enumerable.Range(0, 200).Select(i => $"prospect-{i}.example");
        var kept = await store.MayBeCustomersAsync(prospects.Concat(["globex.example", "never.example", "acme.example", "former.example", "acme.example"]));

        Assert.Equal(["acme.example", "former.example", "globex.example"], kept);
    }

    [Fact]
    public async Task MayBeCustomersAsync_ListUnchanged_AnswersFromTheVersionReadAlone_AndSeesAnotherProcessListing()
    {
        var requests = new TableRequests();
        var storage = await azurite.CreateStorageAsync(requests);
        var store = new CustomerStore(storage);
        var other = new CustomerStore(storage);
        await store.UpdateAsync("acme.example", _ => Task.FromResult<CustomerRecord?>(Record("acme.example", Won.AddDays(20))));
        var asked = Enumerable.Range(0, 200).Select(i => $"prospect-{i}.example").Concat(["acme.example", "globex.example", "never.example"]).ToList();
        Assert.Equal(["acme.example"], await store.MayBeCustomersAsync(asked));

        requests.Clear();
        Assert.Equal(["acme.example"], await store.MayBeCustomersAsync(asked));
        Assert.Equal(["GET /devstoreaccount1/" + storage.Names.Table(StorageNames.CustomersTable) + "(PartitionKey='~customers:version',RowKey='version')"], requests.Seen);

        // Another process lists an account: the new version makes this one read the buckets again.
        await other.UpdateAsync("globex.example", _ => Task.FromResult<CustomerRecord?>(Record("globex.example", Won.AddDays(30))));
        Assert.Equal(["acme.example", "globex.example"], await store.MayBeCustomersAsync(asked));
        // Once kept, a bucket answers for a domain alone in it too: no status read is left to it.
        Assert.Empty(await store.MayBeCustomersAsync(["never.example"]));
    }

    [Fact]
    public async Task MayBeCustomersAsync_AloneInItsBucket_IsKeptForItsStatusRead()
    {
        var store = new CustomerStore(await azurite.CreateStorageAsync());

        Assert.Equal(["never.example"], await store.MayBeCustomersAsync(["never.example"]));
    }

    [Fact]
    public async Task MayBeCustomersAsync_RowWrittenBeforeTheList_IsListedByItsNextWrite()
    {
        var storage = await azurite.CreateStorageAsync();
        var store = new CustomerStore(storage);
        await store.UpdateAsync("acme.example", _ => Task.FromResult<CustomerRecord?>(Record("acme.example", Won.AddDays(20))));
        // As a store from before the list holds it: the status row without the flag, and no list row.
        var table = storage.Table(StorageNames.CustomersTable);
        await foreach (var listed in table.QueryAsync<TableEntity>(e => e.RowKey == "acme.example"))
        {
            if (listed.PartitionKey.StartsWith("~customers:", StringComparison.Ordinal))
            {
                await table.DeleteEntityAsync(listed.PartitionKey, listed.RowKey);
            }
        }

        var row = (await table.GetEntityAsync<TableEntity>("acme.example", "status")).Value;
        row.Remove("Listed");
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);

        var prospects = Enumerable.Range(0, 200).Select(i => $"prospect-{i}.example").ToList();
        Assert.Empty(await store.MayBeCustomersAsync(prospects.Append("acme.example")));

        await store.UpdateAsync("acme.example", _ => Task.FromResult<CustomerRecord?>(Record("acme.example", Won.AddDays(30))));

        Assert.Equal(["acme.example"], await store.MayBeCustomersAsync(prospects.Append("acme.example")));
    }

    [Fact]
    public async Task Actions_SamePostedTwice_AreKeptOnceInTimeOrder()
    {
        var store = new CustomerFactStore(await azurite.CreateStorageAsync());
        var churn = new CustomerFact(Won.AddDays(50), new ChurnMarked("budget cut", "csm@vendor.example"));
        var back = new CustomerFact(Won.AddDays(90), new Reactivated("signed again", "csm@vendor.example"));

        await store.AddActionAsync("acme.example", back);
        await store.AddActionAsync("acme.example", churn);
        await store.AddActionAsync("acme.example", churn);

        Assert.Equal([churn, back], await store.ActionsOfAsync("acme.example"));
        Assert.Empty(await store.ActionsOfAsync("globex.example"));
    }

    [Fact]
    public async Task NpsAnswers_ReadByPeriod_KeepOnlyThoseInside()
    {
        var store = new CustomerFactStore(await azurite.CreateStorageAsync());
        NpsAnswer[] answers =
        [
            new("ana@acme.example", new DateTimeOffset(2026, 1, 31, 23, 0, 0, TimeSpan.Zero), "n-1", 9),
            new("bob@acme.example", new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), "n-2", 3),
            new("eve@acme.example", new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), "n-3", 10),
        ];

        await store.AddNpsAsync(answers);
        await store.AddNpsAsync(answers);
        var february = await store.NpsAnswersAsync(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

        var answer = Assert.Single(february);
        Assert.Equal(("bob@acme.example", "n-2", 3), (answer.Person, answer.EventId, answer.Score));
    }
}
