using Microsoft.Extensions.Time.Testing;
using System.Text;
using Cascade.App.Configuration;
using Cascade.App.Spend;
using Cascade.App.Tests.Reads;
using Cascade.Storage.Spend;
using Cascade.Testing.Storage;
using Microsoft.Extensions.Options;

namespace Cascade.App.Tests.Spend;

[Collection(ReadsCollection.Name)]
public sealed class SpendUploadTests(AzuriteFixture azurite)
{
    private const string Header = "month,channel,campaign,amount,currency\n";

    [Fact]
    public async Task AcceptAsync_SameUploadTwice_ChangesNothing()
    {
        var (upload, query) = await CreateAsync();
        var body = Bytes(Header + "2026-01,paid_search,brand,1000.10,EUR\n2026-02,paid_search,brand,999.99,EUR\n2026-02,email,,0.01,EUR\n");

        var first = await upload.AcceptAsync(body, SpendFormat.Csv);
        var before = await ListAsync(query);
        var second = await upload.AcceptAsync(body, SpendFormat.Csv);
        var after = await ListAsync(query);

        Assert.True(first.IsStored && second.IsStored);
        Assert.Equal((3, 3), (second.Rows, second.Cells));
        Assert.Equal(before.Rows, after.Rows);
        Assert.Equal(2000.10m, after.Total);
    }

    [Fact]
    public async Task AcceptAsync_SameCellAgain_LastOneWins()
    {
        var (upload, query) = await CreateAsync();

        await upload.AcceptAsync(Bytes(Header + "2026-01,paid_search,brand,100,EUR\n2026-01,paid_search,,50,EUR\n"), SpendFormat.Csv);
        var result = await upload.AcceptAsync(
            Bytes("""[{"month":"2026-01","channel":"paid_search","campaign":"brand","amount":70,"currency":"EUR"},{"month":"2026-01","channel":"Paid_Search","campaign":"brand","amount":80.25,"currency":"EUR"}]"""),
            SpendFormat.Json);

        var view = await ListAsync(query);
        Assert.Equal((2, 1), (result.Rows, result.Cells));
        Assert.Equal([(null, 50m), ("brand", 80.25m)], view.Rows.Select(r => (r.Campaign, r.Amount)));
    }

    [Fact]
    public async Task AcceptAsync_OneBadRow_StoresNothing()
    {
        var (upload, query) = await CreateAsync();

        var result = await upload.AcceptAsync(Bytes(Header + "2026-01,paid_search,brand,100,EUR\n2026-01,email,,-1,EUR\n"), SpendFormat.Csv);

        Assert.False(result.IsStored);
        Assert.Equal(["line 3.amount"], result.Errors.ToDictionary().Keys);
        Assert.Empty((await ListAsync(query)).Rows);
    }

    [Fact]
    public async Task GetAsync_FromInsideAMonth_IsRefused()
    {
        var (_, query) = await CreateAsync();

        var result = await query.GetAsync(SeededWorkspace.Query(("from", "2026-01-15"), ("to", "2026-02-01T00:00:00+01:00")));

        Assert.Equal(["from", "to"], result.Errors.ToDictionary().Keys);
    }

    private async Task<(SpendUpload Upload, SpendQuery Query)> CreateAsync()
    {
        var store = new SpendStore(await azurite.CreateStorageAsync());
        var options = Options.Create(new CascadeOptions());
        return (new SpendUpload(store, options), new SpendQuery(store, options.Value.ToWorkspaceSettings(), options, new FakeTimeProvider(SeededWorkspace.Now)));
    }

    private static async Task<SpendListView> ListAsync(SpendQuery query) =>
        (await query.GetAsync(SeededWorkspace.Query(("from", "2026-01-01"), ("to", "2026-04-01")))).Value!;

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
