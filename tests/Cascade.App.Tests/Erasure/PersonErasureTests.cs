using Azure.Data.Tables;
using Cascade.App.Erasure;
using Cascade.App.Ingestion;
using Cascade.App.Leads;
using Cascade.App.Messages;
using Cascade.App.People;
using Cascade.App.Tests.Pipeline;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using Cascade.Storage;
using Cascade.Storage.Accounts;
using Cascade.Storage.Customers;
using Cascade.Storage.Identities;
using Cascade.Storage.LeadFacts;
using Cascade.Storage.People;
using Cascade.Storage.Tables;
using Cascade.Storage.Touchpoints;
using Cascade.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.App.Tests.Erasure;

[Collection(ErasureCollection.Name)]
public sealed class PersonErasureTests(AzuriteFixture azurite)
{
    private const string Domain = "initech.example";
    private const string AdaVisitor = "visitor-7f3";
    private static readonly DateTimeOffset T0 = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly EmailAddress Ada = EmailAddress.Parse("ada@initech.example");
    private static readonly EmailAddress Bob = EmailAddress.Parse("bob@initech.example");
    private static readonly string[] AdaEvents = ["e-1", "e-2", "e-3"];

    [Fact]
    public async Task EraseAsync_KnownPerson_RemovesEveryRowOfTheirsAndKeepsTheOthers()
    {
        await using var host = await StartWithTwoPeopleAsync();
        Assert.Contains(await RowsMentioningAsync(host.Storage, [.. AdaEvents]), r => r.StartsWith(StorageNames.AttributionTable, StringComparison.Ordinal));

        var result = await Erasure(host).EraseAsync(Ada);
        await host.DrainAsync();

        Assert.Equal(ErasureOutcome.Erased, result.Outcome);
        Assert.Equal((3, 1), (result.TouchpointsRemoved, result.AnonymousIdsForgotten));
        Assert.Equal(["initech-1"], result.ReattributedOpportunities);
        Assert.Empty(await RowsMentioningAsync(host.Storage, Ada.Value, TableKeys.Escape(Ada.Value), AdaVisitor));
        // Re-attribution ran: no credit rests on her touches any more.
        Assert.DoesNotContain(await RowsMentioningAsync(host.Storage, [.. AdaEvents]), r => r.StartsWith(StorageNames.AttributionTable, StringComparison.Ordinal));
        await AssertBobIsIntactAsync(host);
    }

    [Fact]
    public async Task EraseAsync_WithAMarkCarryingHerTouchStillPending_LeavesNothingToBringHerBack()
    {
        await using var host = await StartWithTwoPeopleAsync();
        var late = Touchpoint.Create("e-4", T0.AddDays(2), TouchpointTypes.PageView, Ada);
        await host.Get<LeadEvaluationRequests>().RequestAsync([new LeadEvaluation(Ada.Value, late.OccurredAt, TouchesOnly: true) { Touches = [late] }], "lead-late");

        await Erasure(host).EraseAsync(Ada);
        await host.DrainAsync();

        Assert.Null(await host.Get<PersonStore>().GetAsync(Ada));
        Assert.Empty(await RowsMentioningAsync(host.Storage, Ada.Value, TableKeys.Escape(Ada.Value), AdaVisitor));
    }

    [Fact]
    public async Task EraseAsync_PersonOfACustomer_LeavesNoTouchOfTheirsInItsStatus()
    {
        await using var host = await StartWithTwoPeopleAsync();
        await host.Get<OpportunityIngestion>().AcceptAsync(
        [
            new Opportunity
            {
                OpportunityId = "initech-1", AccountDomain = Domain, ContactEmails = [Bob], Amount = 20_000m,
                CloseDate = new DateOnly(2026, 9, 6), Status = OpportunityStatus.Won, CreatedAt = T0.AddDays(3),
                ClosedAt = T0.AddDays(5), UpdatedAt = T0.AddDays(5),
            },
        ]);
        await host.DrainAsync();
        Assert.Contains(await RowsMentioningAsync(host.Storage, [.. AdaEvents]), r => r.StartsWith(StorageNames.CustomersTable + "/", StringComparison.Ordinal));

        await Erasure(host).EraseAsync(Ada);
        await host.DrainAsync();

        Assert.DoesNotContain(await RowsMentioningAsync(host.Storage, [.. AdaEvents]), r => r.StartsWith(StorageNames.CustomersTable + "/", StringComparison.Ordinal));
        Assert.Equal(T0.AddDays(5), (await host.Get<CustomerStore>().GetAsync(Domain))!.State.LastActivityAt);
    }

    [Fact]
    public async Task EraseAsync_SecondTime_ReportsUnknownPerson()
    {
        await using var host = await StartWithTwoPeopleAsync();
        var erasure = Erasure(host);
        await erasure.EraseAsync(Ada);

        var again = await erasure.EraseAsync(Ada);

        Assert.Equal((ErasureOutcome.UnknownPerson, 0, 0), (again.Outcome, again.TouchpointsRemoved, again.AnonymousIdsForgotten));
        Assert.Empty(again.ReattributedOpportunities);
        await AssertBobIsIntactAsync(host);
    }

    [Fact]
    public async Task EraseAsync_NeverSeenPerson_ReportsUnknownPersonAndQueuesNothing()
    {
        await using var host = await PipelineHost.StartAsync(azurite);

        var result = await Erasure(host).EraseAsync(EmailAddress.Parse("nobody@initech.example"));

        Assert.Equal(ErasureOutcome.UnknownPerson, result.Outcome);
        Assert.Equal(0, await host.DrainAsync());
    }

    // The use case as the DI that AddCascade builds provides its dependencies.
    private static PersonErasure Erasure(PipelineHost host) => ActivatorUtilities.CreateInstance<PersonErasure>(host.Services);

    /// <summary>Ada browses anonymously, then identifies herself on a form; Bob of the same account too; Bob's deal follows.</summary>
    private async Task<PipelineHost> StartWithTwoPeopleAsync()
    {
        var host = await PipelineHost.StartAsync(azurite);
        await host.Get<TouchpointIngestion>().AcceptAsync(
        [
            Touchpoint.Create(AdaEvents[0], T0, TouchpointTypes.PageView, anonymousId: AdaVisitor),
            Touchpoint.Create(AdaEvents[1], T0.AddHours(1), TouchpointTypes.FormFill, Ada, AdaVisitor),
            Touchpoint.Create(AdaEvents[2], T0.AddDays(1), TouchpointTypes.DemoRequest, Ada),
            Touchpoint.Create("b-1", T0.AddDays(1), TouchpointTypes.FormFill, Bob, "visitor-9c1"),
        ]);
        await host.Get<PersonIngestion>().AcceptAsync(
            new PersonUpsert(Ada, new Profile { JobTitle = "CMO" }, Domain, PersonOrigin.Import, T0.AddHours(2)));
        await host.Get<OpportunityIngestion>().AcceptAsync(
        [
            new Opportunity
            {
                OpportunityId = "initech-1", AccountDomain = Domain, ContactEmails = [Bob], Amount = 20_000m,
                CloseDate = new DateOnly(2026, 12, 15), Status = OpportunityStatus.Open, CreatedAt = T0.AddDays(3),
                UpdatedAt = T0.AddDays(3),
            },
        ]);
        await host.DrainAsync();
        return host;
    }

    private static async Task AssertBobIsIntactAsync(PipelineHost host)
    {
        Assert.NotNull(await host.Get<PersonStore>().GetAsync(Bob));
        Assert.Equal(["b-1"], (await host.Get<TouchpointStore>().ListByPersonAsync(Bob)).Select(t => t.EventId));
        Assert.Equal(["visitor-9c1"], await host.Get<IdentityStore>().AnonymousIdsOfAsync(Bob));
        Assert.Equal([Bob], await host.Get<AccountStore>().MembersOfAsync(Domain));
        Assert.NotEmpty(await host.Get<PersonStore>().HistoryAsync(Bob));
    }

    // What a row keeps compressed in binary parts (the attribution copies of the period index), as text.
    private static string CompressedText(TableEntity row)
    {
        var bytes = row.Where(p => p.Value is byte[]).OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => (byte[])p.Value).ToArray();
        if (bytes is not [0x1f, 0x8b, ..])
        {
            return string.Empty;
        }

        using var zip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(zip);
        return reader.ReadToEnd();
    }

    /// <summary>"table/partition/row" of every row, in every table, whose keys or string values (compressed ones included) contain one of <paramref name="needles"/>.</summary>
    private static async Task<List<string>> RowsMentioningAsync(CascadeStorage storage, params string[] needles)
    {
        var found = new List<string>();
        foreach (var table in StorageNames.Tables)
        {
            await foreach (var row in storage.Table(table).QueryAsync<TableEntity>())
            {
                var texts = ((IDictionary<string, object>)row).Values.OfType<string>().Append(row.PartitionKey).Append(row.RowKey).Append(CompressedText(row));
                if (texts.Any(t => needles.Any(n => t.Contains(n, StringComparison.OrdinalIgnoreCase))))
                {
                    found.Add($"{table}/{row.PartitionKey}/{row.RowKey}");
                }
            }
        }

        return found;
    }
}
