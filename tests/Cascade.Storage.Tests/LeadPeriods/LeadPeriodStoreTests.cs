using System.Globalization;
using Cascade.Domain.Funnel;
using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.LeadPeriods;
using Cascade.Testing.Storage;
using static Cascade.Domain.Lifecycle.LifecycleStage;

namespace Cascade.Storage.Tests.LeadPeriods;

[Collection(StorageCollection.Name)]
public sealed class LeadPeriodStoreTests(AzuriteFixture azurite)
{
    private static readonly EmailAddress Ada = EmailAddress.Parse("ada@acme.example");
    private static readonly DateTimeOffset T0 = At("2026-06-01");

    [Fact]
    public async Task SaveAsync_ThenList_FindsThePersonInEachMonthOfTheirEntriesAndTouches()
    {
        var store = new LeadPeriodStore(await azurite.CreateStorageAsync());
        var lead = Lead(("2026-01-10", Known), ("2026-03-05", Mql)) with
        {
            LeadCreation = Touch("lc", "2026-01-10", "paid_search", "brand"),
            Mql = Touch("mq", "2026-03-05", "webinar", null),
            Responses = [new SalesResponse(At("2026-03-05"), At("2026-03-06"))],
        };

        await store.SaveAsync(Ada, lead, null, T0);

        Assert.Equal(lead.Entries, Assert.Single(await store.ListAsync(At("2026-01-01"), At("2026-02-01"))).Entries);
        Assert.Empty(await store.ListAsync(At("2026-02-01"), At("2026-03-01")));
        var march = Assert.Single(await store.ListAsync(At("2026-03-01"), At("2026-04-01")));
        Assert.Equal(("lc", "paid_search", "brand"), (march.LeadCreation!.EventId, march.LeadCreation.Channel, march.LeadCreation.Campaign));
        Assert.Equal(("mq", "webinar", Origin.Marketing, At("2026-03-05")), (march.Mql!.EventId, march.Mql.Channel, march.Mql.Origin, march.Mql.OccurredAt));
        Assert.Equal(lead.Responses, march.Responses);
        Assert.Equal(["2026-01", "2026-03"], LeadPeriodStore.MarkOf(lead).Months);
    }

    [Fact]
    public async Task SaveAsync_PersonLeavesAMonth_RemovesTheRowLeftThere()
    {
        var store = new LeadPeriodStore(await azurite.CreateStorageAsync());
        var before = Lead(("2026-01-10", Known), ("2026-02-05", Mql));
        await store.SaveAsync(Ada, before, null, T0);

        // A late touch moved the MQL entry into March.
        var after = Lead(("2026-01-10", Known), ("2026-03-05", Mql));
        await store.SaveAsync(Ada, after, LeadPeriodStore.MarkOf(before), T0.AddMinutes(1));

        Assert.Empty(await store.ListAsync(At("2026-02-01"), At("2026-03-01")));
        Assert.Equal(after.Entries, Assert.Single(await store.ListAsync(At("2026-01-01"), At("2026-04-01"))).Entries);
    }

    [Fact]
    public async Task SaveAsync_UnchangedContent_WritesNothing()
    {
        var storage = await azurite.CreateStorageAsync();
        var store = new LeadPeriodStore(storage);
        var lead = Lead(("2026-01-10", Known));
        await store.SaveAsync(Ada, lead, null, T0);
        await storage.Table(StorageNames.LeadPeriodsTable).DeleteEntityAsync("2026-01", "ada@acme.example");

        // The mark says the rows are in place, so nothing is rewritten (the deleted row shows it).
        await store.SaveAsync(Ada, lead, LeadPeriodStore.MarkOf(lead), T0.AddMinutes(1));

        Assert.Empty(await store.ListAsync(At("2026-01-01"), At("2026-02-01")));
    }

    [Fact]
    public async Task SaveAsync_ManyPeople_WritesEachUnderTheirMonths_RemovesLeftMonths_AndSkipsTheUnchanged()
    {
        var storage = await azurite.CreateStorageAsync();
        var store = new LeadPeriodStore(storage);
        // More people in one month than one transaction holds.
        var people = Enumerable.Range(0, 130).Select(i => EmailAddress.Parse($"p{i:D3}@acme.example")).ToList();
        var before = people.Select(p => LeadOf(p, "2026-02")).ToList();
        await store.SaveAsync(people.Select((p, i) => new LeadPeriodWrite(p, before[i], null, T0)).ToList());
        var unchanged = people[0];
        await storage.Table(StorageNames.LeadPeriodsTable).DeleteEntityAsync("2026-01", unchanged.Value);

        // Everyone but the first moves their MQL into March; the first is unchanged, so their deleted row stays away.
        var after = people.Select((p, i) => i == 0 ? before[0] : LeadOf(p, "2026-03")).ToList();
        await store.SaveAsync(people.Select((p, i) => new LeadPeriodWrite(p, after[i], LeadPeriodStore.MarkOf(before[i]), T0.AddMinutes(1))).ToList());

        Assert.Equal(people.Skip(1).Select(p => p.Value), (await store.ListAsync(At("2026-01-01"), At("2026-02-01"))).Select(l => l.PersonKey));
        Assert.Equal([unchanged.Value], (await store.ListAsync(At("2026-02-01"), At("2026-03-01"))).Select(l => l.PersonKey));
        Assert.Equal(people.Skip(1).Select(p => p.Value), (await store.ListAsync(At("2026-03-01"), At("2026-04-01"))).Select(l => l.PersonKey));
    }

    [Fact]
    public async Task SaveAsync_ManyPeopleLeavingAMonth_DeleteTheirRowsThereInATransaction_EvenWithOneAlreadyGone()
    {
        var requests = new TableRequests();
        var storage = await azurite.CreateStorageAsync(requests);
        var store = new LeadPeriodStore(storage);
        var people = Enumerable.Range(0, 30).Select(i => EmailAddress.Parse($"p{i:D2}@acme.example")).ToList();
        var before = people.Select(p => LeadOf(p, "2026-02")).ToList();
        await store.SaveAsync(people.Select((p, i) => new LeadPeriodWrite(p, before[i], null, T0)).ToList());
        // One person's February row is gone already (a concurrent evaluation of theirs, an erasure).
        await storage.Table(StorageNames.LeadPeriodsTable).DeleteEntityAsync("2026-02", people[7].Value);

        requests.Clear();
        var after = people.Select(p => LeadOf(p, "2026-03")).ToList();
        await store.SaveAsync(people.Select((p, i) => new LeadPeriodWrite(p, after[i], LeadPeriodStore.MarkOf(before[i]), T0.AddMinutes(1))).ToList());

        // Two transactions of the January and March rows, then February's deletes: one refused for the row already gone,
        // and one without it. A delete a person would have cost 30 requests.
        Assert.Equal(4, requests.Seen.Count);
        Assert.All(requests.Seen, r => Assert.StartsWith("POST ", r));
        Assert.Empty(await store.ListAsync(At("2026-02-01"), At("2026-03-01")));
        Assert.Equal(people.Select(p => p.Value), (await store.ListAsync(At("2026-03-01"), At("2026-04-01"))).Select(l => l.PersonKey));
    }

    [Fact]
    public async Task DeleteAsync_RemovesEveryRowAndIsIdempotent()
    {
        var store = new LeadPeriodStore(await azurite.CreateStorageAsync());
        var lead = Lead(("2026-01-10", Known), ("2026-03-05", Mql));
        await store.SaveAsync(Ada, lead, null, T0);

        await store.DeleteAsync(Ada, LeadPeriodStore.MarkOf(lead).Months);
        await store.DeleteAsync(Ada, LeadPeriodStore.MarkOf(lead).Months);

        Assert.Empty(await store.ListAsync(At("2026-01-01"), At("2027-01-01")));
    }

    /// <summary>A lead known in January 2026 who became MQL in <paramref name="month"/> (<c>yyyy-MM</c>).</summary>
    private static FunnelLead LeadOf(EmailAddress email, string month) =>
        new(email.Value, [new FunnelStageEntry(email.Value, Known, At("2026-01-10")), new FunnelStageEntry(email.Value, Mql, At(month + "-05"))], null, null, []);

    private static FunnelLead Lead(params (string At, Domain.Lifecycle.LifecycleStage Stage)[] entries) =>
        new(Ada.Value, entries.Select(e => new FunnelStageEntry(Ada.Value, e.Stage, At(e.At))).ToList(), null, null, []);

    private static Touchpoint Touch(string id, string at, string channel, string? campaign) =>
        Touchpoint.Create(id, At(at), "form_submit", Ada, channel: channel, campaign: campaign);

    private static DateTimeOffset At(string date) => DateTimeOffset.Parse(date + "T00:00:00Z", CultureInfo.InvariantCulture);
}
