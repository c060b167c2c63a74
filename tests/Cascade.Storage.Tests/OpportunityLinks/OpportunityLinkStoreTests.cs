using System.Security.Cryptography;
using Azure.Data.Tables;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Storage.OpportunityLinks;
using Cascade.Storage.Opportunities;
using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests.OpportunityLinks;

/// <summary>The account links that keep their deal's versions: what they keep, a deal that moves, and racing writers.</summary>
[Collection(StorageCollection.Name)]
public sealed class OpportunityLinkStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Created = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);

    private static Opportunity Version(int hoursLater, string account = "acme.io", decimal amount = 1_000m, string? name = null) => new()
    {
        OpportunityId = "opp/1#a",
        Name = name ?? "Acme platform",
        AccountDomain = account,
        ContactEmails = [EmailAddress.Parse("ana@acme.io")],
        Amount = amount,
        Stage = "proposal",
        CloseDate = new DateOnly(2026, 3, 31),
        Status = OpportunityStatus.Open,
        CreatedAt = Created,
        UpdatedAt = Created.AddHours(hoursLater),
    };

    private async Task<(OpportunityStore Deals, OpportunityLinkStore Links, CascadeStorage Storage)> StoresAsync()
    {
        var storage = await azurite.CreateStorageAsync();
        return (new OpportunityStore(storage), new OpportunityLinkStore(storage), storage);
    }

    /// <summary>Stores <paramref name="version"/> and links it, as the opportunities handler does.</summary>
    private static async Task<IReadOnlyList<Opportunity>> ApplyAndLinkAsync(OpportunityStore deals, OpportunityLinkStore links, Opportunity version)
    {
        await deals.ApplyAsync(version);
        return await links.LinkAsync(version, deals.StatesAsync);
    }

    [Fact]
    public async Task LinkAsync_KeepsEveryVersionOnTheAccountsRow_AsTheDealsOwnPartitionHoldsThem()
    {
        var (deals, links, _) = await StoresAsync();
        await ApplyAndLinkAsync(deals, links, Version(0));
        var read = await ApplyAndLinkAsync(deals, links, Version(5, amount: 1_250.5m));

        var link = Assert.Single(await links.DealsOfAccountAsync("acme.io"));
        var stored = await deals.HistoryAsync("opp/1#a");

        Assert.Equal((await deals.StatesAsync("opp/1#a")).Select(OpportunityCanonicalJson.Of), read.Select(OpportunityCanonicalJson.Of));
        Assert.Equal(read.Select(OpportunityCanonicalJson.Of), link.Versions!.Select(OpportunityCanonicalJson.Of));
        Assert.Equal(2, read.Count);
        Assert.Equal(stored!.Timeline, link.History!.Timeline);
        Assert.Equal(OpportunityCanonicalJson.Of(stored.Current!), OpportunityCanonicalJson.Of(link.History.Current!));
        Assert.Equal(["opp/1#a"], await links.ContactOpportunitiesAsync(EmailAddress.Parse("ana@acme.io")));
    }

    [Fact]
    public async Task LinkAsync_ADealOfNoAccount_AnswersItsVersions()
    {
        var (deals, links, _) = await StoresAsync();
        var read = await ApplyAndLinkAsync(deals, links, Version(0) with { AccountDomain = null });

        Assert.Equal([Created], read.Select(v => v.UpdatedAt));
        Assert.Equal(["opp/1#a"], await links.ContactOpportunitiesAsync(EmailAddress.Parse("ana@acme.io")));
    }

    [Fact]
    public async Task LinkAsync_ADealMovedToAnotherAccount_LeavesBothAccountsRowsWithItsCurrentVersion()
    {
        var (deals, links, _) = await StoresAsync();
        await ApplyAndLinkAsync(deals, links, Version(0, "acme.io"));
        await ApplyAndLinkAsync(deals, links, Version(5, "globex.io"));

        // The old account still lists the deal, and its row says the deal is now another account's.
        Assert.Equal("globex.io", Assert.Single(await links.DealsOfAccountAsync("acme.io")).History!.Current!.AccountDomain);
        Assert.Equal("globex.io", Assert.Single(await links.DealsOfAccountAsync("globex.io")).History!.Current!.AccountDomain);
    }

    [Fact]
    public async Task LinkAsync_AVersionReplacedByAnotherOfTheSameInstant_LeavesItsAccountsRowSayingWhereTheDealWent()
    {
        var (deals, links, _) = await StoresAsync();
        await ApplyAndLinkAsync(deals, links, Version(0, "acme.io"));
        // Same instant, another account: the rule keeps the version whose canonical JSON sorts greater (globex.io).
        Assert.Equal(OpportunityUpdateOutcome.Accepted, await deals.ApplyAsync(Version(0, "globex.io")));
        await links.LinkAsync(Version(0, "globex.io"), deals.StatesAsync);

        // No version names acme.io any more, yet its row still lists the deal: it must say where the deal went.
        Assert.Equal("globex.io", Assert.Single(await links.DealsOfAccountAsync("acme.io")).History!.Current!.AccountDomain);
        Assert.Equal("globex.io", Assert.Single(await links.DealsOfAccountAsync("globex.io")).History!.Current!.AccountDomain);
    }

    [Fact]
    public async Task LinkAsync_AWriterWhoseVersionsAnotherOvertook_ReadsAgain_AndTheRowEndsWithEveryVersion()
    {
        var (deals, links, _) = await StoresAsync();
        await ApplyAndLinkAsync(deals, links, Version(0));
        await deals.ApplyAsync(Version(3, amount: 1_500m));
        var reads = 0;

        // The writer of the version of hour 3 has read the row and the versions when another stores the version of hour 5
        // and keeps it: the first writer's keep must lose and read again, or it would put back a row without hour 5.
        await links.LinkAsync(Version(3, amount: 1_500m), async (id, ct) =>
        {
            var versions = await deals.StatesAsync(id, ct);
            if (Interlocked.Increment(ref reads) == 1)
            {
                await ApplyAndLinkAsync(deals, links, Version(5, amount: 2_000m));
            }

            return versions;
        });

        Assert.Equal(2, reads);
        Assert.Equal(
            [Created, Created.AddHours(3), Created.AddHours(5)],
            Assert.Single(await links.DealsOfAccountAsync("acme.io")).Versions!.Select(v => v.UpdatedAt));
    }

    [Fact]
    public async Task LinkAsync_ConcurrentVersionsOfOneDeal_EndWithEveryVersionOnTheRow()
    {
        var (deals, links, _) = await StoresAsync();
        var versions = Enumerable.Range(0, 12).Select(h => Version(h, amount: 1_000m + h)).ToList();

        await Task.WhenAll(versions.Select(v => Task.Run(() => ApplyAndLinkAsync(deals, links, v))));

        Assert.Equal(versions.Select(v => v.UpdatedAt), Assert.Single(await links.DealsOfAccountAsync("acme.io")).Versions!.Select(v => v.UpdatedAt));
    }

    [Fact]
    public async Task DealsOfAccountAsync_ARowThatKeepsNoVersions_SaysSo()
    {
        var (deals, links, storage) = await StoresAsync();
        // Versions too long for the row (names that do not compress), and a row written before rows kept versions.
        var names = Enumerable.Range(0, 200).Select(_ => Convert.ToHexString(RandomNumberGenerator.GetBytes(800))).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            await deals.ApplyAsync(Version(i, name: names[i]));
        }

        await links.LinkAsync(Version(0), deals.StatesAsync);
        await storage.Table(StorageNames.OpportunityLinksTable).UpsertEntityAsync(
            new OpportunityLinkEntity { PartitionKey = "a:acme.io", RowKey = "opp-old", OpportunityId = "opp-old" });

        Assert.Equal([("opp-old", (IReadOnlyList<Opportunity>?)null), ("opp/1#a", null)], (await links.DealsOfAccountAsync("acme.io")).Select(d => (d.OpportunityId, d.Versions)));
    }
}
