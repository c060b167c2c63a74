using Azure.Data.Tables;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Touchpoints;
using Cascade.Domain.Workspace;
using Cascade.Storage.People;
using Cascade.Storage.Tables;
using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests.People;

/// <summary>The people of one shard written together, and the people of a deployment from before the shards.</summary>
[Collection(StorageCollection.Name)]
public sealed class PersonStoreShardTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly EmailAddress Ana = EmailAddress.Parse("ana@acme.io");

    [Fact]
    public async Task WriteManyAsync_ThirtyPeopleOfAShard_IsOneTransaction_AndOneWhoseProfileChangedLosesTheRaceAlone()
    {
        var requests = new TableRequests();
        var storage = await azurite.CreateStorageAsync(requests);
        var store = new PersonStore(storage);
        var people = OfOneShard(30);
        var reads = await Task.WhenAll(people.Select(p => store.ReadAsync(p)));

        requests.Clear();
        var created = await store.WriteManyAsync(people.Select((p, i) => (reads[i], Known(p, "first"))).ToList());

        // Three rows a person (profile, journey, history): ninety actions, one transaction.
        Assert.All(created, o => Assert.Equal(PersonWriteOutcome.Written, o));
        Assert.Equal(1, Transactions(requests));
        Assert.Equal(people.Select(p => (p, "first")), await Task.WhenAll(people.Select(async p => (p, (await store.JourneyAsync(p))![0].EventId))));

        var before = await Task.WhenAll(people.Select(p => store.ReadAsync(p)));
        await store.UpdateAsync(people[7], current => PersonChange.To(current! with { LastActivityAt = T0.AddDays(9) }));
        requests.Clear();
        var updated = await store.WriteManyAsync(people.Select((p, i) => (before[i], Known(p, "second"))).ToList());

        Assert.Equal(Enumerable.Range(0, 30).Select(i => i == 7 ? PersonWriteOutcome.LostRace : PersonWriteOutcome.Written), updated);
        Assert.Equal(T0.AddDays(9), (await store.GetAsync(people[7]))!.LastActivityAt);
        Assert.Equal("first", (await store.JourneyAsync(people[7]))![0].EventId);
        Assert.All(people.Where((_, i) => i != 7), p => Assert.Equal("second", store.JourneyAsync(p).Result![0].EventId));
        // Refused for the one row, then submitted without it.
        Assert.Equal(2, Transactions(requests));
    }

    [Fact]
    public async Task ScopesAtAsync_ReadsTheKeptPartsOfACompanysPeopleInOneRange_AndLeavesOutWhoIsElsewhere()
    {
        var requests = new TableRequests();
        var storage = await azurite.CreateStorageAsync(requests);
        var store = new PersonStore(storage);
        var (ana, bea, cid, dan) = (Ana, EmailAddress.Parse("bea@acme.io"), EmailAddress.Parse("cid@acme.io"), EmailAddress.Parse("dan@gmail.com"));
        foreach (var (person, i) in new[] { ana, bea, dan }.Select((p, i) => (p, i)))
        {
            var journey = new[] { Touchpoint.Create($"e-{i}", T0, "form_fill", person, channel: "email") };
            await store.UpdateAsync(person, _ => PersonChange.To(PersonRecord.New(person)) with { Journey = journey, Scope = new ScopePerson(journey, $"e-{i}", null) });
        }

        // Cid's journey row keeps no milestones: their facts are replayed.
        await store.UpdateAsync(cid, _ => PersonChange.To(PersonRecord.New(cid)) with { Journey = [] });
        var never = EmailAddress.Parse("eve@acme.io");

        requests.Clear();
        var kept = await store.ScopesAtAsync("acme.io", [ana, bea, cid, dan, never]);

        Assert.Single(requests.Seen);
        // Eve, never evaluated, has no part: with no old table, nowhere else either.
        Assert.Equal([ana, bea, cid, never], kept.Keys.OrderBy(k => k.Value));
        Assert.Equal(("e-0", "e-1"), (kept[ana]!.KnownBy, kept[bea]!.KnownBy));
        Assert.Null(kept[cid]);
        Assert.Null(kept[never]);
        Assert.Equal("e-2", (await store.ScopeAsync(dan))!.KnownBy);
        // Alone at their company, a person is read by key instead.
        requests.Clear();
        Assert.Empty(await store.ScopesAtAsync("acme.io", [ana, dan]));
        Assert.Empty(requests.Seen);
    }

    [Fact]
    public async Task APersonOfTheOldTable_IsReadFromIt_AndTheirFirstWriteMovesThem()
    {
        var storage = await azurite.CreateStorageAsync();
        var journey = new[] { Touchpoint.Create("e-1", T0, "form_fill", Ana, channel: "email") };
        var history = new[] { new StageTransition(LifecycleStage.Anonymous, LifecycleStage.Known, T0, new TransitionCause { Action = "touchpoint", TouchpointId = "e-1" }) };
        var person = PersonRecord.New(Ana) with { AccountDomain = "acme.io", LastActivityAt = T0 };
        var writer = new PersonStore(storage);
        await writer.UpdateAsync(Ana, _ => new PersonChange(person, history) { Journey = journey, Scope = new ScopePerson(journey, "e-1", null) });
        await MoveToTheOldTableAsync(storage, Ana);

        // A process started after the move finds the old table holds rows.
        var store = new PersonStore(storage);
        var view = await store.ViewAsync(Ana);
        var read = await store.ReadWithJourneyAsync(Ana);
        Assert.Equal((person.AccountDomain, person.LastActivityAt), (view!.Person.AccountDomain, view.Person.LastActivityAt));
        Assert.Equal(history, view.History);
        Assert.Equal(journey, read.Journey);
        Assert.Equal("e-1", (await store.ScopeAsync(Ana))!.KnownBy);

        // A write that keeps the journey as it is brings it along.
        await store.WriteAsync(Ana, await store.ReadAsync(Ana), new PersonChange(person with { LastActivityAt = T0.AddDays(1) }, history));

        Assert.Empty(await TableQueries.PartitionAsync<TableEntity>(storage.Table(StorageNames.LegacyPeopleTable), TableKeys.Escape(Ana.Value), default));
        Assert.Equal(T0.AddDays(1), (await store.GetAsync(Ana))!.LastActivityAt);
        Assert.Equal(history, await store.HistoryAsync(Ana));
        Assert.Equal(journey, (await store.ReadWithJourneyAsync(Ana)).Journey);
        Assert.Equal(["e-1"], (await new PersonStore(storage).JourneyAsync(Ana))!.Select(t => t.EventId));
    }

    [Fact]
    public async Task DeleteAsync_ErasesThePersonFromTheShardsAndTheOldTable()
    {
        var storage = await azurite.CreateStorageAsync();
        var bea = EmailAddress.Parse("bea@acme.io");
        var writer = new PersonStore(storage);
        await writer.UpdateAsync(Ana, _ => PersonChange.To(PersonRecord.New(Ana)) with { Journey = [] });
        await writer.UpdateAsync(bea, _ => PersonChange.To(PersonRecord.New(bea)) with { Journey = [] });
        await MoveToTheOldTableAsync(storage, bea);
        var store = new PersonStore(storage);

        Assert.True(await store.DeleteAsync(Ana));
        Assert.True(await store.DeleteAsync(bea));

        Assert.Null(await store.GetAsync(Ana));
        Assert.Null(await store.GetAsync(bea));
        Assert.False(await store.DeleteAsync(bea));

        // Emptied, the old table is deleted (docs/operations.md): a process that still reads it finds no one there.
        await storage.Table(StorageNames.LegacyPeopleTable).DeleteAsync();
        Assert.Null(await store.GetAsync(bea));
        Assert.Null((await store.ReadWithJourneyAsync(bea)).Person);
        Assert.Null(await store.ScopeAsync(bea));
        Assert.False(await store.DeleteAsync(bea));
    }

    private static int Transactions(TableRequests requests) => requests.Seen.Count(r => r.EndsWith("/$batch", StringComparison.Ordinal));

    /// <summary>Changes whose journey is one touch, <paramref name="eventId"/>, and whose history is the person's first.</summary>
    private static PersonChange Known(EmailAddress email, string eventId)
    {
        var touch = Touchpoint.Create(eventId, T0, "form_fill", email, channel: "email");
        var known = new StageTransition(LifecycleStage.Anonymous, LifecycleStage.Known, T0, new TransitionCause { Action = "touchpoint", TouchpointId = eventId });
        return new PersonChange(PersonRecord.New(email) with { LastActivityAt = T0 }, [known]) { Journey = [touch] };
    }

    /// <summary><paramref name="count"/> people of one company, whose rows share a partition.</summary>
    private static List<EmailAddress> OfOneShard(int count) =>
        Enumerable.Range(0, count).Select(i => EmailAddress.Parse($"p{i:D2}@acme.io")).ToList();

    /// <summary>The person's rows as a deployment from before the shards kept them: their own partition, no prefix.</summary>
    private static async Task MoveToTheOldTableAsync(CascadeStorage storage, EmailAddress email)
    {
        var shards = storage.Table(StorageNames.PeopleTable);
        var old = storage.Table(StorageNames.LegacyPeopleTable);
        await old.CreateIfNotExistsAsync();
        var (partition, prefix) = (PersonRows.Sharded(email).Partition, PersonRows.Sharded(email).Prefix);
        foreach (var row in await TableQueries.RowPrefixAsync<TableEntity>(shards, partition, prefix, default))
        {
            var moved = TableRows.Moved(row, TableKeys.Escape(email.Value), row.RowKey[prefix.Length..]);
            // The old profile listed its history rows without a prefix.
            if (moved.RowKey == "profile" && moved.GetString("HistoryRows") is { } listed)
                moved["HistoryRows"] = listed.Replace(prefix, string.Empty, StringComparison.Ordinal);
            await old.UpsertEntityAsync(moved);
            await shards.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }
    }
}
