using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.Touchpoints;

using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests.Touchpoints;

[Collection(StorageCollection.Name)]
public sealed class TouchpointStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AddAsync_FullTouchpoint_RoundTripsEveryField()
    {
        var store = new TouchpointStore(await azurite.CreateStorageAsync());
        var touch = Touchpoint.Create(
            "evt-1", T0, "form_fill", EmailAddress.Parse("ana@acme.io"), anonymousId: "anon-1", campaign: "spring",
            content: "whitepaper", utm: new Utm("google", "cpc", "spring", "crm", "ad1"), pageUrl: "https://acme.io/pricing?x=1#top",
            referrer: "https://google.com", accountDomain: "acme.io",
            profile: new Profile { FirstName = "Ana", LastName = "Lima", JobTitle = "CTO", Company = "Acme", Industry = "software", CompanySize = 250, Country = "PT", Phone = "+351" });

        var result = await store.AddAsync([touch]);
        var stored = await store.ListByPersonAsync(touch.Email!.Value);

        Assert.Equal(new TouchpointWriteResult(1, 0), result);
        Assert.Equal(touch, Assert.Single(stored));
    }

    [Fact]
    public async Task AddAsync_ReplayedEventId_ChangesNothing()
    {
        var store = new TouchpointStore(await azurite.CreateStorageAsync());
        var email = EmailAddress.Parse("bo@acme.io");
        var first = Touchpoint.Create("evt/1#?\\x", T0, "page_view", email, pageUrl: "https://acme.io/a");
        var replay = first with { PageUrl = "https://acme.io/changed" };

        await store.AddAsync([first]);
        var result = await store.AddAsync([replay, replay]);
        var stored = await store.ListByPersonAsync(email);

        Assert.Equal(new TouchpointWriteResult(0, 2), result);
        Assert.Equal(first, Assert.Single(stored));
    }

    [Fact]
    public async Task AddAsync_BatchMixingNewAndReplayed_InsertsOnlyTheNewOnes()
    {
        var store = new TouchpointStore(await azurite.CreateStorageAsync());
        var email = EmailAddress.Parse("cy@acme.io");
        var touches = Enumerable.Range(0, 150).Select(i => Touchpoint.Create($"e{i:D3}", T0.AddMinutes(i), "page_view", email)).ToList();

        await store.AddAsync(touches.Where((_, i) => i % 3 == 0).ToList());
        var result = await store.AddAsync(touches);

        Assert.Equal(new TouchpointWriteResult(100, 50), result);
        Assert.Equal(touches, await store.ListByPersonAsync(email));
    }

    [Fact]
    public async Task ListJourneyAsync_StitchedAnonymousIds_MergesPartitionsChronologically()
    {
        var store = new TouchpointStore(await azurite.CreateStorageAsync());
        var email = EmailAddress.Parse("di@acme.io");
        var anonymous = Touchpoint.Create("a1", T0, "page_view", anonymousId: "cookie-1");
        var known = Touchpoint.Create("k1", T0.AddHours(1), "form_fill", email, anonymousId: "cookie-1");
        var other = Touchpoint.Create("o1", T0.AddHours(2), "page_view", anonymousId: "cookie-2");

        await store.AddAsync([known, anonymous, other]);
        var journey = await store.ListJourneyAsync(email, ["cookie-1"]);

        Assert.Equal([anonymous, known], journey);
    }

    [Fact]
    public async Task AddAsync_NpsResponse_KeepsItsScore()
    {
        var store = new TouchpointStore(await azurite.CreateStorageAsync());
        var answer = Touchpoint.Create("nps-1", T0, TouchpointTypes.NpsResponse, EmailAddress.Parse("ana@acme.io"), score: 9);

        await store.AddAsync([answer]);

        Assert.Equal(9, Assert.Single(await store.ListByPersonAsync(answer.Email!.Value)).Score);
    }
}
