using Cascade.Domain.Customers;
using Cascade.Storage.Customers;
using Microsoft.Extensions.Time.Testing;
using Cascade.App.Leads;
using Cascade.App.Reads;
using Cascade.App.Tests.Reads;
using Cascade.Domain.Workspace;
using Cascade.Storage.LeadFacts;
using Cascade.Storage.People;
using Cascade.Storage.Touchpoints;
using Cascade.Testing.Scenarios;
using Cascade.Testing.Storage;

namespace Cascade.App.Tests.Leads;

[Collection(ReadsCollection.Name)]
public sealed class PersonQueryTests(AzuriteFixture azurite)
{
    // A scenario person who browsed anonymously before a form stitched the cookie to their e-mail.
    private const string Person = "p1.tyrell@tyrell-4.com";
    private const string Cookie = "anon-3011-9-1";

    [Fact]
    public async Task GetAsync_ScenarioPerson_ShowsStitchedIdsTouchesStageAndScore()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);
        var touches = Scenario.A.Touchpoints
            .Where(t => t.Email?.Value == Person || t.AnonymousId == Cookie)
            .OrderBy(t => t.OccurredAt).ThenBy(t => t.EventId, StringComparer.Ordinal)
            .Select(t => t.EventId)
            .ToList();

        var result = await workspace.People.GetAsync(" P1.Tyrell@Tyrell-4.com ");

        Assert.True(result.IsFound);
        var view = result.Value!;
        Assert.Equal(Person, view.Email);
        Assert.Equal([Cookie], view.AnonymousIds);
        Assert.Equal("tyrell-4.com", view.AccountDomain);
        Assert.Equal(touches, view.Touchpoints.Select(t => t.EventId));
        Assert.NotEqual("anonymous", view.Stage);
        Assert.Equal(view.Stage, view.History[^1].To);
        Assert.Equal("anonymous", view.History[0].From);
        Assert.Equal(view.Score.Demographic + view.Score.Behavioural, view.Score.Total, 0.011);
        Assert.All(view.Touchpoints, t => Assert.Contains(t.Origin, new[] { "marketing", "sales" }));
    }

    [Fact]
    public async Task GetAsync_EveryScenarioPerson_EqualsTheWholeStoreComputation()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);
        var analysis = await workspace.Host.Get<IWorkspaceReader>().AnalyzeAsync(SeededWorkspace.Now);

        await PersonOracle.AssertEveryPersonAsync(analysis, workspace.Host.Get<LeadFactStore>(), workspace.People, SeededWorkspace.Now);
    }

    [Fact]
    public async Task GetAsync_ReadLater_DecaysTheStoredScoreToTheReadInstant()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);
        var later = SeededWorkspace.Now.AddDays(60);
        var query = new PersonQuery(
            workspace.Host.Get<PersonStore>(), workspace.Host.Get<TouchpointStore>(), workspace.Host.Get<CustomerStore>(), workspace.Host.Get<WorkspaceSettings>(),
            workspace.Host.Get<CustomerSettings>(), new FakeTimeProvider(later));

        var atNow = (await workspace.People.GetAsync(Person)).Value!;
        var atLater = (await query.GetAsync(Person)).Value!;

        Assert.Equal(atNow.Score.Demographic, atLater.Score.Demographic);
        Assert.True(atNow.Score.Behavioural > 0, "the scenario person has behavioural points");
        Assert.Equal(atNow.Score.Behavioural / 2, atLater.Score.Behavioural, 0.011);
    }

    [Fact]
    public async Task GetAsync_UnknownPerson_IsNotFound()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);

        var result = await workspace.People.GetAsync("nobody@nowhere-4.com");

        Assert.Equal(ReadOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task GetAsync_NotAnEmail_NamesTheParameter()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);

        var result = await workspace.People.GetAsync("not-an-email");

        Assert.Equal(ReadOutcome.Invalid, result.Outcome);
        Assert.Equal(["email"], result.Errors.ToDictionary().Keys);
    }
}
