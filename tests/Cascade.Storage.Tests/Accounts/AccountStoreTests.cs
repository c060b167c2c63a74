using Cascade.Domain.Identity;
using Cascade.Storage.Accounts;

using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests.Accounts;

[Collection(StorageCollection.Name)]
public sealed class AccountStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AddMembersAsync_RepeatedMembers_ListsEachPersonOnce()
    {
        var store = new AccountStore(await azurite.CreateStorageAsync());
        var ana = EmailAddress.Parse("ana@acme.io");
        var bo = EmailAddress.Parse("bo@acme.io");

        await store.AddMembersAsync([("acme.io", bo), ("acme.io", ana), ("other.io", EmailAddress.Parse("x@other.io"))]);
        await store.AddMembersAsync([("acme.io", ana)]);

        Assert.Equal([ana, bo], await store.MembersOfAsync("acme.io"));
        Assert.Empty(await store.MembersOfAsync("nobody.io"));
    }

    [Fact]
    public async Task IsMemberAsync_AnswersForTheAccountAsked()
    {
        var store = new AccountStore(await azurite.CreateStorageAsync());
        var ana = EmailAddress.Parse("ana@acme.io");
        await store.AddMembersAsync([("other.io", ana)]);

        Assert.Equal((true, false), (await store.IsMemberAsync("other.io", ana), await store.IsMemberAsync("acme.io", ana)));
    }
}
