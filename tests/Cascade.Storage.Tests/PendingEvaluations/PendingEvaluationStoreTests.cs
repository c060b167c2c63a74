using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.PendingEvaluations;
using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests.PendingEvaluations;

[Collection(StorageCollection.Name)]
public sealed class PendingEvaluationStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly EmailAddress Ada = EmailAddress.Parse("ada@acme.com");
    private static readonly EmailAddress Bob = EmailAddress.Parse("bob@acme.com");

    private static async Task<IReadOnlyList<PendingEvaluation>> ListEverywhereAsync(PendingEvaluationStore store)
    {
        var all = new List<PendingEvaluation>();
        foreach (var shard in PendingEvaluationStore.AllShards)
            all.AddRange(await store.ListAsync(shard));
        return all;
    }

    [Fact]
    public async Task MarkAsync_RepeatedMarksOfOnePersonAndInstant_CollapseIntoOneRow_DifferentInstantsStayApart()
    {
        var store = new PendingEvaluationStore(await azurite.CreateStorageAsync());

        var shards = await store.MarkAsync([new(Ada, Monday, false), new(Ada, Monday, false), new(Ada, Monday.AddHours(1), false), new(Bob, null, false)]);
        await store.MarkAsync([new(Ada, Monday, false)]);

        var marks = await ListEverywhereAsync(store);
        Assert.Equal(
            [(Ada, (DateTimeOffset?)Monday), (Ada, Monday.AddHours(1)), (Bob, null)],
            marks.Select(m => (m.Email, m.Since)).OrderBy(m => m.Email.Value, StringComparer.Ordinal).ThenBy(m => m.Since).ToList());
        Assert.Equal(
            new[] { PendingEvaluationStore.ShardOf(Ada), PendingEvaluationStore.ShardOf(Bob) }.Distinct().Order(StringComparer.Ordinal),
            shards);
    }

    [Fact]
    public async Task MarkAsync_ATouchesOnlyMark_NeverOverwritesAFullOneOfTheSameInstant()
    {
        var store = new PendingEvaluationStore(await azurite.CreateStorageAsync());

        await store.MarkAsync([new(Ada, Monday, false), new(Bob, Monday, true)]);
        await store.MarkAsync([new(Ada, Monday, true), new(Bob, Monday, true)]);

        var marks = await ListEverywhereAsync(store);
        Assert.Equal(
            [(Ada, false), (Ada, true), (Bob, true)],
            marks.Select(m => (m.Email, m.TouchesOnly)).OrderBy(m => m.Email.Value, StringComparer.Ordinal).ThenBy(m => m.TouchesOnly).ToList());
    }

    [Fact]
    public async Task ClearAsync_LeavesAMarkWrittenAgainAfterItWasRead()
    {
        var store = new PendingEvaluationStore(await azurite.CreateStorageAsync());
        await store.MarkAsync([new(Ada, Monday, false), new(Bob, Monday, false)]);
        var read = await ListEverywhereAsync(store);

        // New facts for Ada arrive while the sweep evaluates: her mark is written again with the same key.
        await store.MarkAsync([new(Ada, Monday, false)]);
        await store.ClearAsync(read);

        var left = await ListEverywhereAsync(store);
        Assert.Equal([Ada], left.Select(m => m.Email));
    }

    [Fact]
    public async Task ClearAsync_MarksAlreadyClearedByAnotherSweep_IsNoError()
    {
        var store = new PendingEvaluationStore(await azurite.CreateStorageAsync());
        var people = Enumerable.Range(0, 150).Select(i => new PendingMark(EmailAddress.Parse($"p{i}@acme.com"), Monday)).ToList();
        await store.MarkAsync(people);
        var read = await ListEverywhereAsync(store);

        await store.ClearAsync(read.Take(40).ToList());
        await store.ClearAsync(read);

        Assert.Equal(150, read.Count);
        Assert.Empty(await ListEverywhereAsync(store));
    }

    [Fact]
    public async Task MarkAsync_CarriedTouches_ComeBackAsStored_AndTwoMessagesMarksOfOneInstantStayApart()
    {
        var store = new PendingEvaluationStore(await azurite.CreateStorageAsync());
        var first = new[]
        {
            Touchpoint.Create("t1", Monday, "form_fill", Ada, anonymousId: "c1", utm: Utm.None, pageUrl: "https://acme.com/demo", profile: new Profile { JobTitle = "CTO" }),
            Touchpoint.Create("t2", Monday.AddHours(2).ToOffset(TimeSpan.FromHours(2)), "page_view", Ada, profile: Profile.Empty),
        };
        var second = new[] { Touchpoint.Create("t3", Monday, "webinar_attended", Ada, campaign: "spring") };

        await store.MarkAsync([new(Ada, Monday, true, first), new(Ada, Monday, true, second), new(Bob, Monday, true)]);
        // The first message delivered again writes its row again.
        await store.MarkAsync([new(Ada, Monday, true, first)]);

        var marks = await ListEverywhereAsync(store);
        var carried = marks.Where(m => m.Email == Ada).Select(m => m.Touches!).OrderBy(t => t.Count).ToList();
        Assert.Equal(2, carried.Count);
        Assert.Equal(second, carried[0]);
        Assert.Equal(first.Select(t => t with { OccurredAt = t.OccurredAt.ToUniversalTime(), Utm = null, Profile = t.Profile == Profile.Empty ? null : t.Profile }), carried[1]);
        Assert.Null(marks.Single(m => m.Email == Bob).Touches);
    }

    [Fact]
    public async Task MarkAsync_TouchesTooLargeToCarry_MarksWithoutThem()
    {
        var store = new PendingEvaluationStore(await azurite.CreateStorageAsync());
        // Random content does not compress: three such touches are more than one binary column holds.
        var touches = Enumerable.Range(0, 3)
            .Select(i => Touchpoint.Create($"t{i}", Monday, "page_view", Ada) with { Content = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(15_000)) })
            .ToList();

        await store.MarkAsync([new(Ada, Monday, true, touches)]);

        var mark = Assert.Single(await ListEverywhereAsync(store));
        Assert.True(mark.TouchesOnly);
        Assert.Null(mark.Touches);
    }

    [Fact]
    public async Task ForgetAsync_RemovesEveryMarkOfThePersonAndNoOtherOne()
    {
        var store = new PendingEvaluationStore(await azurite.CreateStorageAsync());
        // Someone whose marks share Ada's shard.
        var carol = Enumerable.Range(0, 1_000).Select(i => EmailAddress.Parse($"ada{i}@acme.com")).First(e => PendingEvaluationStore.ShardOf(e) == PendingEvaluationStore.ShardOf(Ada));
        await store.MarkAsync([new(Ada, Monday), new(Ada, null, true, [Touchpoint.Create("t1", Monday, "page_view", Ada)]), new(Bob, Monday), new(carol, Monday)]);

        await store.ForgetAsync(Ada);

        Assert.Equal(new[] { Bob.Value, carol.Value }.Order(StringComparer.Ordinal), (await ListEverywhereAsync(store)).Select(m => m.Email.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ShardOf_SpreadsPeopleOverEveryShard()
    {
        var shards = Enumerable.Range(0, 2_000).Select(i => PendingEvaluationStore.ShardOf(EmailAddress.Parse($"p{i}@acme.com"))).ToHashSet();

        Assert.Equal(PendingEvaluationStore.AllShards.ToHashSet(), shards);
    }
}
