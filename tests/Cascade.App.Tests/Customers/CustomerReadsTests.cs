using Cascade.App.Customers;
using Cascade.App.Ingestion;
using Cascade.App.Leads;
using Cascade.App.Reads;
using Cascade.App.Tests.Pipeline;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using Cascade.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.App.Tests.Customers;

/// <summary>
/// The account read, the churn and reactivate actions and the customers report over stored facts: a customer with an
/// upsell and survey answers, one gone silent, and an account that never bought.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class CustomerReadsTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = T0.AddDays(200);
    private static readonly EmailAddress Bob = EmailAddress.Parse("bob@acme.example");
    private static readonly EmailAddress Carol = EmailAddress.Parse("carol@acme.example");
    private static readonly EmailAddress Gil = EmailAddress.Parse("gil@globex.example");
    private static readonly EmailAddress Ivy = EmailAddress.Parse("ivy@initech.example");

    [Fact]
    public async Task Reads_CustomersAccountsAndActions_AnswerFromTheStoredFacts()
    {
        await using var host = await PipelineHost.StartAsync(azurite, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
        await host.Get<TouchpointIngestion>().AcceptAsync(
        [
            Touchpoint.Create("b-1", T0, TouchpointTypes.FormFill, Bob, channel: "email"),
            Touchpoint.Create("c-1", T0.AddDays(100), TouchpointTypes.NpsResponse, Carol, score: 9),
            Touchpoint.Create("b-2", T0.AddDays(110), TouchpointTypes.NpsResponse, Bob, score: 3),
            Touchpoint.Create("c-2", T0.AddDays(120), TouchpointTypes.NpsResponse, Carol, score: 10),
            Touchpoint.Create("g-1", T0.AddDays(-10), TouchpointTypes.FormFill, Gil, channel: "paid_search"),
            Touchpoint.Create("i-1", T0.AddDays(5), TouchpointTypes.PageView, Ivy, channel: "direct"),
        ]);
        var first = Deal("acme-1", "acme.example", Bob, T0.AddDays(5), 10_000m);
        var upsell = Deal("acme-2", "acme.example", Carol, T0.AddDays(60), 4_000m);
        var globex = Deal("globex-1", "globex.example", Gil, T0.AddDays(1), 5_000m);
        await host.Get<OpportunityIngestion>().AcceptAsync(
            [upsell, Won(upsell, T0.AddDays(90)), first, Won(first, T0.AddDays(20)), globex, Won(globex, T0.AddDays(10))]);
        await host.DrainAsync();

        var acme = (await host.Get<AccountQuery>().GetAsync("https://www.ACME.example/")).Value!;
        Assert.Equal(("acme.example", "active", T0.AddDays(20)), (acme.Domain, acme.CustomerStatus, acme.Since));
        Assert.Equal([("acme-1", "new_business", "won", 10_000m), ("acme-2", "expansion", "won", 4_000m)],
            acme.Opportunities.Select(o => (o.OpportunityId, o.Type, o.Status, o.Amount)));
        Assert.Equal((14_000m, T0.AddDays(20), T0.AddDays(120)), (acme.LifetimeValue, acme.FirstWonAt, acme.LastActivityAt));
        Assert.Equal([("bob@acme.example", "at_risk"), ("carol@acme.example", "active")], acme.People.Select(p => (p.Email, p.CustomerStatus)));

        // Bob's own silence since his form fill (his survey answer at day 110 is his latest touch) and Carol's since hers.
        var bob = (await host.Get<PersonQuery>().GetAsync(Bob.Value)).Value!.Customer!;
        Assert.Equal(("at_risk", T0.AddDays(200)), (bob.Status, bob.Since));
        Assert.Equal([("none", "active", "deal_won"), ("active", "at_risk", "silence")], bob.History.Select(h => (h.From, h.To, h.Cause.Action)));
        Assert.Equal("active", (await host.Get<PersonQuery>().GetAsync(Carol.Value)).Value!.Customer!.Status);
        Assert.Null((await host.Get<PersonQuery>().GetAsync(Ivy.Value)).Value!.Customer);

        var before = (await host.Get<AccountQuery>().GetAsync("globex.example")).Value!;
        Assert.Equal("inactive", before.CustomerStatus);
        Assert.Equal([("none", "active"), ("active", "at_risk"), ("at_risk", "inactive")], before.History.Select(h => (h.From, h.To)));

        var report = host.Get<CustomersReportQuery>();
        var period = (await report.GetAsync(Query(T0.AddDays(100), Now.AddDays(1)))).Value!;
        Assert.Equal((2, 2, 1m), (period.Customers.Start, period.Customers.End, period.RetentionRate));

        var churn = await host.Get<CustomerActionService>().ApplyAsync("globex.example", new("churn", "moved to a rival", "csm@vendor.example", null));
        Assert.Equal((CustomerActionOutcome.Applied, "churned", "inactive"), (churn.Outcome, churn.CustomerStatus, churn.PreviousStatus));
        var again = await host.Get<CustomerActionService>().ApplyAsync("globex.example", new("churn", "moved to a rival", "csm@vendor.example", null));
        Assert.Equal((CustomerActionOutcome.Applied, "churned", "churned"), (again.Outcome, again.CustomerStatus, again.PreviousStatus));
        var prospect = await host.Get<CustomerActionService>().ApplyAsync("initech.example", new("churn", "no reply", null, null));
        Assert.Equal((CustomerActionOutcome.Refused, null), (prospect.Outcome, prospect.CustomerStatus));
        Assert.Equal(CustomerActionOutcome.UnknownAccount, (await host.Get<CustomerActionService>().ApplyAsync("nobody.example", new("reactivate", "x", null, null))).Outcome);
        Assert.Equal(CustomerActionOutcome.Invalid, (await host.Get<CustomerActionService>().ApplyAsync("globex.example", new("reactivate", "x", null, Now.AddDays(1)))).Outcome);

        var after = (await host.Get<AccountQuery>().GetAsync("globex.example")).Value!;
        Assert.Equal(("churned", Now), (after.CustomerStatus, after.Since));
        Assert.Equal(("churn", "moved to a rival", "csm@vendor.example"), (after.History[^1].Cause.Action, after.History[^1].Cause.Reason, after.History[^1].Cause.User));
        var initech = (await host.Get<AccountQuery>().GetAsync("initech.example")).Value!;
        Assert.Equal((null, 0m), (initech.CustomerStatus, initech.LifetimeValue));
        Assert.Equal(ReadOutcome.NotFound, (await host.Get<AccountQuery>().GetAsync("nobody.example")).Outcome);
        Assert.Equal(ReadOutcome.Invalid, (await host.Get<AccountQuery>().GetAsync("..")).Outcome);

        var whole = (await report.GetAsync(Query(T0, Now.AddDays(1)))).Value!;
        Assert.Equal((0, 1, 2, 1), (whole.Customers.Start, whole.Customers.End, whole.Customers.New, whole.Customers.Churned));
        Assert.Equal((1, 0, 0, 1), (whole.ByStatus.Active, whole.ByStatus.AtRisk, whole.ByStatus.Inactive, whole.ByStatus.Churned));
        Assert.Null(whole.RetentionRate);
        Assert.Equal((0.5m, 9_500m), (whole.RepeatPurchaseRate, whole.AverageLifetimeValue));
        Assert.Equal((4_000m, 4_000m), (whole.Expansion.Pipeline, whole.Expansion.Won));
        Assert.Equal((2, 1, 0, 1, 0m), (whole.Nps.Responses, whole.Nps.Promoters, whole.Nps.Passives, whole.Nps.Detractors, whole.Nps.Score));

        var later = (await report.GetAsync(Query(T0.AddDays(100), Now.AddDays(1)))).Value!;
        Assert.Equal((2, 1, 0.5m), (later.Customers.Start, later.Customers.End, later.RetentionRate));
        Assert.Contains("retentionRate,0.5", CustomersReportCsv.Render(later), StringComparison.Ordinal);

        // An account churned before a period and still churned is none of its customer accounts.
        var next = (await report.GetAsync(Query(Now.AddDays(40), Now.AddDays(70)))).Value!;
        Assert.Equal((1, 1, 0, 0), (next.Customers.Start, next.Customers.End, next.Customers.New, next.Customers.Churned));
        Assert.Equal((0, 1, 0, 0), (next.ByStatus.Active, next.ByStatus.AtRisk, next.ByStatus.Inactive, next.ByStatus.Churned));
        Assert.Equal((1m, 1m, 14_000m), (next.RetentionRate, next.RepeatPurchaseRate, next.AverageLifetimeValue));
    }

    private static Dictionary<string, string?> Query(DateTimeOffset from, DateTimeOffset to) => new()
    {
        ["from"] = from.ToString("O"),
        ["to"] = to.ToString("O"),
    };

    private static Opportunity Won(Opportunity deal, DateTimeOffset at) =>
        deal with { Status = OpportunityStatus.Won, ClosedAt = at, UpdatedAt = at };

    private static Opportunity Deal(string id, string domain, EmailAddress contact, DateTimeOffset createdAt, decimal amount) => new()
    {
        OpportunityId = id,
        AccountDomain = domain,
        ContactEmails = [contact],
        Amount = amount,
        CloseDate = DateOnly.FromDateTime(createdAt.UtcDateTime).AddDays(60),
        Status = OpportunityStatus.Open,
        CreatedAt = createdAt,
        UpdatedAt = createdAt,
    };
}
