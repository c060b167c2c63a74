using Cascade.Domain.Identity;
using Cascade.Storage.Identities;

using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests.Identities;

[Collection(StorageCollection.Name)]
public sealed class IdentityStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2026, 2, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly EmailAddress Ana = EmailAddress.Parse("ana@acme.io");
    private static readonly EmailAddress Bo = EmailAddress.Parse("bo@acme.io");

    [Fact]
    public async Task StitchAsync_FirstStitch_ClaimsAndRoundTrips()
    {
        var store = new IdentityStore(await azurite.CreateStorageAsync());

        var result = await store.StitchAsync("cookie/1", Ana, T0, "e1");

        Assert.Equal(new StitchResult(StitchOutcome.Claimed, Ana), result);
        Assert.Equal(Ana, await store.OwnerOfAsync("cookie/1"));
        Assert.Equal(["cookie/1"], await store.AnonymousIdsOfAsync(Ana));
    }

    [Fact]
    public async Task StitchAsync_LaterArrivingEarlierStitch_Wins()
    {
        var store = new IdentityStore(await azurite.CreateStorageAsync());

        await store.StitchAsync("c1", Bo, T0.AddHours(1), "e2");
        var result = await store.StitchAsync("c1", Ana, T0, "e1");
        var later = await store.StitchAsync("c1", Bo, T0.AddHours(2), "e3");

        Assert.Equal(new StitchResult(StitchOutcome.Replaced, Ana, Bo), result);
        Assert.Equal(StitchOutcome.KeptByEarlier, later.Outcome);
        Assert.Equal(Ana, await store.OwnerOfAsync("c1"));
        Assert.Equal(["c1"], await store.AnonymousIdsOfAsync(Ana));
        Assert.Empty(await store.AnonymousIdsOfAsync(Bo));
    }

    [Fact]
    public async Task StitchAsync_SameInstant_EventIdBreaksTheTie()
    {
        var store = new IdentityStore(await azurite.CreateStorageAsync());

        await store.StitchAsync("c1", Bo, T0, "e2");
        await store.StitchAsync("c1", Ana, T0, "e1");

        Assert.Equal(Ana, await store.OwnerOfAsync("c1"));
    }

    [Fact]
    public async Task StitchAsync_TenConcurrentStitches_EarliestOwnsIt()
    {
        var store = new IdentityStore(await azurite.CreateStorageAsync());
        var people = Enumerable.Range(0, 10).Select(i => EmailAddress.Parse($"p{i}@acme.io")).ToList();

        await Task.WhenAll(people.Select((p, i) => store.StitchAsync("shared", p, T0.AddMinutes(10 - i), $"e{i}")));

        Assert.Equal(people[9], await store.OwnerOfAsync("shared"));
        Assert.Equal(["shared"], await store.AnonymousIdsOfAsync(people[9]));
    }
}
