using Azure;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Touchpoints;
using Cascade.Domain.Workspace;
using Cascade.Storage.People;

using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests.People;

[Collection(StorageCollection.Name)]
public sealed class PersonStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly EmailAddress Ana = EmailAddress.Parse("ana@acme.io");

    /// <summary>Ana, rejected by sales, with every column of the profile row set.</summary>
    private static PersonRecord Rejected() => new()
    {
        Email = Ana,
        AccountDomain = "acme.io",
        Profile = new Profile { FirstName = "Ana", JobTitle = "VP Sales", CompanySize = 300, Country = "PT" },
        Lead = new LeadState { Stage = LifecycleStage.SalesRejected, IsFan = true, StageSince = T0, RecycledAt = T0.AddDays(-3) },
        LastActivityAt = T0.AddMinutes(5),
        Score = new PersonScore(42.5, 15, 27.5, T0),
    };

    [Fact]
    public async Task UpdateAsync_NewPersonWithTransition_RoundTripsProfileAndHistory()
    {
        var store = new PersonStore(await azurite.CreateStorageAsync());
        var person = Rejected();
        var known = new StageTransition(LifecycleStage.Anonymous, LifecycleStage.Known, T0.AddDays(-1), new TransitionCause { Action = "touchpoint", TouchpointId = "e1" });
        var rejected = new StageTransition(LifecycleStage.Known, LifecycleStage.SalesRejected, T0, new TransitionCause { Action = "reject", User = "sam", Reason = "no fit", Score = 42.5, OpportunityId = "o1" });

        var result = await store.UpdateAsync(Ana, _ => PersonChange.To(person, rejected, known));

        Assert.Equal(PersonUpdateOutcome.Created, result.Outcome);
        Assert.Equal(person, await store.GetAsync(Ana));
        Assert.Equal([known, rejected], await store.HistoryAsync(Ana));
    }

    [Fact]
    public async Task UpdateAsync_DecisionReturnsNull_WritesNothing()
    {
        var store = new PersonStore(await azurite.CreateStorageAsync());

        var result = await store.UpdateAsync(Ana, _ => null);

        Assert.Equal(new PersonUpdateResult(PersonUpdateOutcome.Unchanged, null), result);
        Assert.Null(await store.GetAsync(Ana));
    }

    [Fact]
    public async Task UpdateAsync_TenConcurrentWriters_EveryUpdateApplied()
    {
        var store = new PersonStore(await azurite.CreateStorageAsync());
        await store.UpdateAsync(Ana, _ => PersonChange.To(PersonRecord.New(Ana) with { Score = new PersonScore(0, 0, 0, T0) }));

        // Each writer adds one point and saves the whole history, one row per point; a lost update would show as a
        // missing point and a missing row.
        var writers = Enumerable.Range(1, 10).Select(i => store.UpdateAsync(Ana, current =>
        {
            var score = current!.Score!;
            var next = current with { Score = score with { Total = score.Total + 1, Behavioural = score.Behavioural + 1 } };
            var history = Enumerable.Range(1, (int)next.Score!.Total)
                .Select(n => new StageTransition(LifecycleStage.Known, LifecycleStage.Known, T0.AddMinutes(n), new TransitionCause { Action = $"p{n}" }))
                .ToArray();
            return PersonChange.To(next, history);
        }));
        var results = await Task.WhenAll(writers);

        Assert.All(results, r => Assert.Equal(PersonUpdateOutcome.Updated, r.Outcome));
        Assert.Equal(10, (await store.GetAsync(Ana))!.Score!.Total);
        Assert.Equal(10, (await store.HistoryAsync(Ana)).Count);
    }

    [Fact]
    public async Task WriteAsync_ReadUnchanged_Writes_AndKeepsWhatTheEvaluationSaw()
    {
        var store = new PersonStore(await azurite.CreateStorageAsync());
        var read = await store.ReadAsync(Ana);
        var seen = new PersonFactsSeen(LeadFacts: true, ["opp-2", "opp-1"]);

        var result = await store.WriteAsync(Ana, read, PersonChange.To(PersonRecord.New(Ana) with { AccountDomain = "acme.io", Seen = seen }));

        Assert.Null(read.Person);
        Assert.Equal(PersonUpdateOutcome.Created, result.Outcome);
        var stored = (await store.GetAsync(Ana))!;
        Assert.Equal("acme.io", stored.AccountDomain);
        Assert.True(stored.Seen!.LeadFacts);
        Assert.Equal(["opp-2", "opp-1"], stored.Seen.ContactOpportunities);
    }

    [Fact]
    public async Task WriteAsync_PersonChangedSinceTheRead_LosesTheRace_AndLeavesTheNewerRow()
    {
        var store = new PersonStore(await azurite.CreateStorageAsync());
        var none = await store.ReadAsync(Ana);
        await store.UpdateAsync(Ana, _ => PersonChange.To(PersonRecord.New(Ana) with { AccountDomain = "first.io" }));
        var read = await store.ReadAsync(Ana);
        await store.UpdateAsync(Ana, current => PersonChange.To(current! with { AccountDomain = "second.io" }));

        // A decision made on older facts must not land over a newer one: the caller decides again.
        var stale = await Assert.ThrowsAnyAsync<RequestFailedException>(() => store.WriteAsync(Ana, read, PersonChange.To(read.Person! with { LastActivityAt = T0 })));
        var first = await Assert.ThrowsAnyAsync<RequestFailedException>(() => store.WriteAsync(Ana, none, PersonChange.To(PersonRecord.New(Ana))));

        Assert.Equal((412, 409), (stale.Status, first.Status));
        var stored = (await store.GetAsync(Ana))!;
        Assert.Equal(("second.io", (DateTimeOffset?)null, (PersonFactsSeen?)null), (stored.AccountDomain, stored.LastActivityAt, stored.Seen));
    }

    [Fact]
    public async Task UpdateAsync_AShorterHistory_DeletesTheRowsItNoLongerHolds()
    {
        var store = new PersonStore(await azurite.CreateStorageAsync());
        var early = new StageTransition(LifecycleStage.Known, LifecycleStage.Mql, T0.AddMinutes(5), new TransitionCause { Action = "score" });
        var late = new StageTransition(LifecycleStage.Known, LifecycleStage.Mql, T0.AddMinutes(1), new TransitionCause { Action = "hand_raiser" });
        await store.UpdateAsync(Ana, _ => PersonChange.To(PersonRecord.New(Ana), early));

        // A later evaluation on more facts finds the person became an MQL earlier: the earlier row must go.
        await store.UpdateAsync(Ana, current => PersonChange.To(current!, late));

        Assert.Equal([late], await store.HistoryAsync(Ana));
    }

    [Fact]
    public async Task HistoryAsync_TransitionsOfOneInstant_KeepTheOrderTheyWereApplied()
    {
        var store = new PersonStore(await azurite.CreateStorageAsync());
        var lost = new StageTransition(LifecycleStage.Opportunity, LifecycleStage.Lost, T0, new TransitionCause { Action = "crm_opportunities_lost", OpportunityId = "o1" });
        var recycled = new StageTransition(LifecycleStage.Lost, LifecycleStage.Recycled, T0, new TransitionCause { Action = "auto_recycle" });

        await store.UpdateAsync(Ana, _ => PersonChange.To(PersonRecord.New(Ana), lost, recycled));

        // By stage names alone "lost:recycled" would sort before "opportunity:lost".
        Assert.Equal([lost, recycled], await store.HistoryAsync(Ana));
    }

    [Fact]
    public async Task UpdateAsync_WithTheJourney_KeepsItWithTheProfileUntilAnUpdateBringsAnother()
    {
        var store = new PersonStore(await azurite.CreateStorageAsync());
        Touchpoint[] journey =
        [
            Touchpoint.Create("e-1", T0, "page_view", anonymousId: "v-1", channel: "organic_search", campaign: "spring", accountDomain: "acme.io"),
            Touchpoint.Create("e-2", T0.AddHours(1), "form_fill", Ana, anonymousId: "v-1", channel: "paid_social"),
        ];
        Assert.Null(await store.JourneyAsync(Ana));

        await store.UpdateAsync(Ana, _ => PersonChange.To(PersonRecord.New(Ana)) with { Journey = journey });
        var kept = await store.JourneyAsync(Ana);
        await store.UpdateAsync(Ana, current => PersonChange.To(current! with { LastActivityAt = T0 }));
        var untouched = await store.JourneyAsync(Ana);
        await store.UpdateAsync(Ana, current => PersonChange.To(current!) with { Journey = journey[..1] });

        static object Shape(Touchpoint t) => (t.EventId, t.OccurredAt, t.Type, t.Channel, t.Origin, t.Campaign, t.Email, t.AnonymousId, t.AccountDomain);
        Assert.Equal(journey.Select(Shape), kept!.Select(Shape));
        Assert.Equal(journey.Select(Shape), untouched!.Select(Shape));
        Assert.Equal(["e-1"], (await store.JourneyAsync(Ana))!.Select(t => t.EventId));
    }

    [Fact]
    public async Task ReadWithJourneyAsync_ReadsTheProfileAsAKeyedReadDoes_WithItsWholeJourney_UntilAnUpdateWithoutOne()
    {
        var store = new PersonStore(await azurite.CreateStorageAsync());
        Assert.Null((await store.ReadWithJourneyAsync(Ana)).Person);
        var person = Rejected() with
        {
            // Whole numbers, which the table may send without a decimal point.
            Score = new PersonScore(40, 15, 25, T0),
            AnonymousIds = ["v-1"],
            Seen = new PersonFactsSeen(LeadFacts: true, ["opp-1"]),
        };
        Touchpoint[] journey =
        [
            Touchpoint.Create("e-1", T0, "page_view", anonymousId: "v-1", channel: "organic_search", utm: new Utm("g", "cpc", "spring", null, null), pageUrl: "https://acme.io/pricing", referrer: "https://google.com"),
            Touchpoint.Create("e-2", T0.AddHours(1), "form_fill", Ana, anonymousId: "v-1", content: "Demo", profile: new Profile { Industry = "Retail", Phone = "+351" }),
        ];
        await store.UpdateAsync(Ana, _ => PersonChange.To(person) with { Journey = journey });

        var read = await store.ReadWithJourneyAsync(Ana);
        // Records compare lists by reference: the lists are compared apart.
        static object Shape(PersonRecord p) =>
            (p with { AnonymousIds = [], Seen = null }, string.Join(',', p.AnonymousIds), p.Seen!.LeadFacts, string.Join(',', p.Seen.ContactOpportunities));
        Assert.Equal(Shape(person), Shape(read.Person!));
        Assert.Equal(Shape((await store.ReadAsync(Ana)).Person!), Shape(read.Person!));
        Assert.Equal(journey, read.Journey);

        // A write that brings no journey keeps the row and its tag; the reader still takes it as the profile's.
        await store.UpdateAsync(Ana, current => PersonChange.To(current! with { LastActivityAt = T0.AddDays(1) }));
        Assert.Equal(journey, (await store.ReadWithJourneyAsync(Ana)).Journey);
    }

    [Fact]
    public async Task UpdateAsync_WithTheScope_KeepsItsMilestonesWithTheJourney_AndAnUpdateWithoutOneDropsThem()
    {
        var store = new PersonStore(await azurite.CreateStorageAsync());
        Touchpoint[] journey =
        [
            Touchpoint.Create("e-1", T0, "page_view", anonymousId: "v-1", channel: "organic_search"),
            Touchpoint.Create("e-2", T0.AddHours(1), "form_fill", Ana, anonymousId: "v-1", channel: "paid_social"),
        ];
        Assert.Null(await store.ScopeAsync(Ana));

        await store.UpdateAsync(Ana, _ => PersonChange.To(PersonRecord.New(Ana)) with { Journey = journey, Scope = new ScopePerson(journey, "e-2", null) });
        var kept = await store.ScopeAsync(Ana);
        await store.UpdateAsync(Ana, current => PersonChange.To(current!) with { Journey = journey });

        Assert.Equal(["e-1", "e-2"], kept!.Touches.Select(t => t.EventId));
        Assert.Equal(("e-2", (string?)null), (kept.KnownBy, kept.MqlBy));
        // A journey kept without its scope (a replay that might not last) leaves attribution to replay the facts.
        Assert.Null(await store.ScopeAsync(Ana));
        Assert.Equal(["e-1", "e-2"], (await store.JourneyAsync(Ana))!.Select(t => t.EventId));
    }
}
