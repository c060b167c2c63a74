using System.Text.Json;
using Cascade.App.Collect;
using Cascade.App.Forms;
using Cascade.App.Ingestion;
using Cascade.App.Leads;
using Cascade.App.Messages;
using Cascade.App.Opportunities;
using Cascade.App.People;
using Cascade.App.SalesActions;
using Cascade.App.Validation;
using Cascade.App.Webhooks;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.Queues;
using Cascade.Storage.Tables;
using Cascade.Storage.Touchpoints;
using CsCheck;

namespace Cascade.App.Tests.Validation;

/// <summary>
/// Every write endpoint's reader over generated hostile bodies: whatever arrives, the reader answers with a value or
/// with errors and never throws; and whatever it accepts survives the way to storage unchanged — the queue message,
/// the handler's read-back, the table keys and properties — and can be addressed by the routes that read it.
/// </summary>
public sealed class EdgeReaderPropertyTests
{
    private const int Iterations = 1500;
    /// <summary>How many bodies at least must be accepted, so that the round-trip half of each property is not vacuous.</summary>
    private const int MinAccepted = Iterations / 50;
    private const string Currency = "EUR";
    private static readonly DateTimeOffset Now = new(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TouchpointReader_HostileBodies_NeverThrow_AndAcceptedTouchpointsRoundTrip()
    {
        var accepted = 0;
        HostileJson.Body(Arbitraries.Touchpoint).Sample(body =>
        {
            var read = TouchpointReader.ReadBatch(body);
            AssertAnswered(read);
            accepted += read.IsValid ? 1 : 0;
            foreach (var touchpoint in read.IsValid ? read.Value! : [])
            {
                AssertStoredUnchanged(touchpoint);
            }
        }, iter: Iterations, threads: 1);

        Assert.True(accepted >= MinAccepted, $"only {accepted} of {Iterations} bodies were accepted: the generators miss the valid cases.");
    }

    [Fact]
    public void OpportunityReader_HostileBodies_NeverThrow_AndAcceptedStatesRoundTrip()
    {
        var accepted = 0;
        HostileJson.Body(Arbitraries.Opportunity).Sample(body =>
        {
            var read = OpportunityReader.ReadBatch(body, Currency);
            AssertAnswered(read);
            accepted += read.IsValid ? 1 : 0;
            foreach (var state in read.IsValid ? read.Value! : [])
            {
                var document = OpportunityDocument.From(state);
                var queued = AssertQueued(document);
                Assert.Equal(Json(state), Json(queued.ToOpportunity(Currency)));
                AssertRoutable(state.OpportunityId);
                AssertKey(state.OpportunityId);
                Assert.All(state.ContactEmails, AssertAddressable);
                AssertDomain(state.AccountDomain);
            }
        }, iter: Iterations, threads: 1);

        Assert.True(accepted >= MinAccepted, $"only {accepted} of {Iterations} bodies were accepted: the generators miss the valid cases.");
    }

    [Fact]
    public void PersonUpsertReader_HostileBodies_NeverThrow_AndAcceptedPeopleRoundTrip()
    {
        var accepted = 0;
        HostileJson.Body(Arbitraries.Person).Sample(body =>
        {
            var read = PersonUpsertReader.Read(body);
            AssertAnswered(read);
            if (read.IsValid)
            {
                accepted++;
                AssertPersonStored(read.Value!);
            }
        }, iter: Iterations, threads: 1);

        Assert.True(accepted >= MinAccepted, $"only {accepted} of {Iterations} bodies were accepted: the generators miss the valid cases.");
    }

    [Fact]
    public void SalesActionReader_HostileBodies_NeverThrow_AndArraysAreRefused()
    {
        var accepted = 0;
        HostileJson.Body(Arbitraries.SalesAction).Sample(body =>
        {
            var read = SalesActionReader.Read(body);
            AssertAnswered(read);
            if (read.IsValid)
            {
                accepted++;
                Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(body).RootElement.ValueKind);
                Assert.True(read.Value!.At is not { } at || at.Year is >= JsonFields.FirstYear and <= JsonFields.LastYear);
            }
        }, iter: Iterations, threads: 1);

        Assert.True(accepted >= MinAccepted, $"only {accepted} of {Iterations} bodies were accepted: the generators miss the valid cases.");
    }

    [Fact]
    public void CollectReader_HostileBodies_NeverThrow_AndAcceptedEventsRoundTrip()
    {
        var accepted = 0;
        HostileJson.Body(Arbitraries.BrowserEvent).Sample(body =>
        {
            var read = CollectReader.Read(body, Now);
            AssertAnswered(read);
            accepted += read.IsValid ? 1 : 0;
            foreach (var touchpoint in read.IsValid ? read.Value! : [])
            {
                AssertStoredUnchanged(touchpoint);
            }
        }, iter: Iterations, threads: 1);

        Assert.True(accepted >= MinAccepted, $"only {accepted} of {Iterations} bodies were accepted: the generators miss the valid cases.");
    }

    [Fact]
    public void SegmentEventReader_HostileBodies_NeverThrow_AndAcceptedEventsRoundTrip()
    {
        var accepted = 0;
        HostileJson.Body(Arbitraries.SegmentDelivery).Sample(body =>
        {
            var read = SegmentEventReader.Read(body);
            AssertAnswered(read);
            if (read.IsValid)
            {
                accepted++;
                Assert.All(read.Value!.Touchpoints, AssertStoredUnchanged);
                Assert.All(read.Value!.People, AssertPersonStored);
            }
        }, iter: Iterations, threads: 1);

        Assert.True(accepted >= MinAccepted, $"only {accepted} of {Iterations} bodies were accepted: the generators miss the valid cases.");
    }

    [Fact]
    public void FormSubmissionReader_HostileFields_NeverThrow_AndAcceptedPostsRoundTrip()
    {
        var accepted = 0;
        Gen.Select(Arbitraries.FormId, Arbitraries.FormFields).Sample((formId, fields) =>
        {
            var read = FormSubmissionReader.Read(formId, fields, FormDefinition.Unknown(formId), Now, "generated-id");
            AssertAnswered(read);
            if (read.IsValid)
            {
                accepted++;
                AssertStoredUnchanged(read.Value!.Touchpoint);
            }
        }, iter: Iterations, threads: 1);

        Assert.True(accepted >= MinAccepted, $"only {accepted} of {Iterations} bodies were accepted: the generators miss the valid cases.");
    }

    private static void AssertAnswered<T>(Validated<T> read)
    {
        Assert.NotEqual(read.IsValid, read.Errors.Count > 0);
        Assert.All(read.Errors.ToDictionary(), e => Assert.NotEmpty(e.Value));
    }

    /// <summary>The touchpoint goes through a queue message, the handler's read-back and the table mapping unchanged.</summary>
    private static void AssertStoredUnchanged(Touchpoint touchpoint)
    {
        var queued = AssertQueued(new InboundFact(TouchpointDocument.From(touchpoint), null));
        var handled = queued.Touchpoint!.ToTouchpoint();
        Assert.Equal(touchpoint, handled);

        var entity = TouchpointStore.ToEntity(handled);
        AssertKey(entity.PartitionKey);
        AssertKey(entity.RowKey);
        Assert.Equal(touchpoint, TouchpointStore.ToDomain(entity));
        Assert.InRange(touchpoint.OccurredAt.Year, JsonFields.FirstYear, JsonFields.LastYear);
        if (touchpoint.Email is { } email)
        {
            AssertAddressable(email);
        }

        AssertDomain(touchpoint.AccountDomain);
    }

    private static void AssertPersonStored(PersonUpsert upsert)
    {
        var queued = AssertQueued(new InboundFact(null, PersonDocument.From(upsert, Now))).Person!;
        Assert.Equal(upsert.Email, queued.EmailAddress);
        AssertAddressable(queued.EmailAddress);
        AssertDomain(queued.AccountDomain);
        var fact = LeadFactCodec.Import(queued);
        AssertKey(fact.Id);
        TableLimits.CheckString(fact.Json, "Json");
        Assert.InRange(queued.At.Year, JsonFields.FirstYear, JsonFields.LastYear);
    }

    /// <summary>The item fits one queue message and is decoded from it as it was sent.</summary>
    private static T AssertQueued<T>(T item)
    {
        var split = QueueMessageSplitter.Split([item], "property");
        Assert.True(split.IsComplete);
        var envelope = QueueMessageCodec.TryDecode<T>(Assert.Single(split.Messages).Json);
        return Assert.Single(envelope!.Items);
    }

    /// <summary><c>GET</c> and <c>DELETE /api/people/{email}</c> read the same address back from the route.</summary>
    private static void AssertAddressable(EmailAddress email)
    {
        AssertRoutable(email.Value);
        Assert.True(EmailAddress.TryParse(email.Value, out var routed));
        Assert.Equal(email, routed);
        AssertKey(email.Value);
    }

    private static void AssertDomain(string? domain)
    {
        if (domain is not null)
        {
            AssertRoutable(domain);
            AssertKey(domain);
            Assert.Equal(domain, AccountDomains.Normalize(domain));
        }
    }

    private static void AssertRoutable(string identifier)
    {
        Assert.True(RouteIdentifiers.CanCarry(identifier), $"'{identifier}' cannot be carried by a route.");
        Assert.Equal(identifier.Trim(), identifier);
    }

    /// <summary>A legal PartitionKey/RowKey: at most 1 KiB, none of <c>/ \ # ?</c> nor control characters.</summary>
    private static void AssertKey(string value)
    {
        var key = TableKeys.Escape(value);
        Assert.InRange(key.Length * sizeof(char), 1, 1024);
        Assert.DoesNotContain(key, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, MessageJson.Options);

    private static class Arbitraries
    {
        public static readonly Gen<string> Profile = HostileJson.Fields(
            ("firstName", HostileJson.Field(HostileJson.Words)),
            ("lastName", HostileJson.Field(HostileJson.Words)),
            ("jobTitle", HostileJson.Field(HostileJson.Words)),
            ("company", HostileJson.Field(HostileJson.Words)),
            ("companySize", Gen.Frequency((8, Gen.Int[1, 50_000].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))), (1, HostileJson.Number), (1, HostileJson.Field(HostileJson.Number)))),
            ("country", HostileJson.Field(HostileJson.Words)),
            ("phone", HostileJson.Field(HostileJson.Words)));

        public static readonly Gen<string> Utm = HostileJson.Fields(
            ("source", HostileJson.Field(HostileJson.Words)),
            ("medium", HostileJson.Field(Gen.OneOf("cpc", "email", "paid", "social"))),
            ("campaign", HostileJson.Field(HostileJson.Words)),
            ("term", HostileJson.Field(HostileJson.Words)),
            ("content", HostileJson.Field(HostileJson.Words)));

        public static readonly Gen<string> Touchpoint = HostileJson.Fields(
            ("eventId", HostileJson.Field(HostileJson.Id)),
            ("occurredAt", HostileJson.Field(HostileJson.Instant)),
            ("type", HostileJson.Field(Gen.Frequency((12, Gen.OneOf("page_view", "form_fill", "sales_call", "webinar_attended")), (1, Gen.OneOf("Page View", "x", "PAGE_VIEW"))))),
            ("email", HostileJson.Field(HostileJson.Email)),
            ("anonymousId", HostileJson.Field(HostileJson.Id)),
            ("channel", HostileJson.Field(HostileJson.Words)),
            ("origin", HostileJson.Field(Gen.OneOf("marketing", "sales", "SALES", "partner"))),
            ("campaign", HostileJson.Field(HostileJson.Words)),
            ("content", HostileJson.Field(HostileJson.Words)),
            ("utm", Gen.Frequency((3, Utm), (1, HostileJson.Value(1)))),
            ("pageUrl", HostileJson.Field(HostileJson.Url)),
            ("referrer", HostileJson.Field(HostileJson.Url)),
            ("accountDomain", HostileJson.Field(HostileJson.Domain)),
            ("profile", Gen.Frequency((3, Profile), (1, HostileJson.Value(1)))));

        public static readonly Gen<string> Opportunity = HostileJson.Fields(
            ("opportunityId", HostileJson.Field(HostileJson.Id)),
            ("name", HostileJson.Field(HostileJson.Words)),
            ("accountDomain", HostileJson.Field(HostileJson.Domain)),
            ("contactEmails", Gen.Frequency((3, HostileJson.Email.Select(HostileJson.String).Array[0, 4].Select(HostileJson.Array)), (1, HostileJson.Value(1)))),
            ("amount", Gen.Frequency((4, HostileJson.Number), (1, HostileJson.Value(0)))),
            ("currency", HostileJson.Field(Gen.OneOf("EUR", "eur", "USD", "", "EURO"))),
            ("stage", HostileJson.Field(HostileJson.Words)),
            ("owner", HostileJson.Field(HostileJson.Words)),
            ("closeDate", HostileJson.Field(Gen.Frequency((2, HostileJson.Instant.Select(i => i.Length > 10 ? i[..10] : i)), (1, HostileJson.Instant)))),
            ("status", HostileJson.Field(Gen.OneOf("open", "won", "lost", "WON", "maybe"))),
            ("createdAt", HostileJson.Field(HostileJson.Instant)),
            ("closedAt", HostileJson.Field(HostileJson.Instant)),
            ("updatedAt", HostileJson.Field(HostileJson.Instant)));

        public static readonly Gen<string> Person = HostileJson.Fields(
            ("email", HostileJson.Field(HostileJson.Email)),
            ("firstName", HostileJson.Field(HostileJson.Words)),
            ("company", HostileJson.Field(HostileJson.Words)),
            ("companySize", HostileJson.Field(HostileJson.Number)),
            ("accountDomain", HostileJson.Field(HostileJson.Domain)),
            ("origin", HostileJson.Field(Gen.OneOf("import", "sales", "robot"))),
            ("at", HostileJson.Field(HostileJson.Instant)));

        public static readonly Gen<string> SalesAction = HostileJson.Fields(
            ("action", HostileJson.Field(Gen.OneOf("accept", "reject", "qualify", "mark_fan", "promote"))),
            ("reason", HostileJson.Field(HostileJson.Words)),
            ("by", HostileJson.Field(HostileJson.Words)),
            ("at", HostileJson.Field(HostileJson.Instant)),
            ("bant", Gen.Frequency(
                (3, HostileJson.Fields(("budget", HostileJson.Field(HostileJson.Words)), ("authority", HostileJson.Field(HostileJson.Words)),
                    ("need", HostileJson.Field(HostileJson.Words)), ("timing", HostileJson.Field(HostileJson.Words)))),
                (1, HostileJson.Value(1)))));

        public static readonly Gen<string> BrowserEvent = HostileJson.Fields(
            ("eventId", HostileJson.Field(Gen.Frequency((4, Gen.Guid.Select(g => g.ToString())), (1, HostileJson.Id)))),
            ("type", HostileJson.Field(Gen.OneOf("page_view", "video_played", "sales_call", "Bad Type"))),
            ("anonymousId", HostileJson.Field(Gen.Frequency((4, Gen.Guid.Select(g => g.ToString())), (1, HostileJson.Id)))),
            ("pageUrl", HostileJson.Field(HostileJson.Url)),
            ("referrer", HostileJson.Field(HostileJson.Url)),
            ("utm", Gen.Frequency((3, Utm), (1, HostileJson.Value(1)))),
            ("props", Gen.Frequency(
                (3, HostileJson.Fields(("campaign", HostileJson.Field(HostileJson.Words)), ("content", HostileJson.Field(HostileJson.Words)))),
                (1, HostileJson.Value(1)))));

        public static readonly Gen<string> SegmentEvent = HostileJson.Fields(
            ("type", HostileJson.Field(Gen.OneOf("track", "page", "identify", "screen", "alias", "TRACK", "unknown"))),
            ("messageId", HostileJson.Field(HostileJson.Id)),
            ("timestamp", HostileJson.Field(HostileJson.Instant)),
            ("event", HostileJson.Field(Gen.Frequency((3, Gen.OneOf("Demo Requested", "videoPlayed", "x")), (1, HostileJson.AnyText)))),
            ("userId", HostileJson.Field(HostileJson.Email)),
            ("anonymousId", HostileJson.Field(HostileJson.Id)),
            ("traits", Gen.Frequency(
                (3, HostileJson.Fields(("email", HostileJson.Field(HostileJson.Email)), ("first_name", HostileJson.Field(HostileJson.Words)),
                    ("company", Gen.Frequency((1, HostileJson.Field(HostileJson.Words)), (1, HostileJson.Value(1)))),
                    ("employees", HostileJson.Number))),
                (1, HostileJson.Value(1)))),
            ("context", Gen.Frequency(
                (3, HostileJson.Fields(
                    ("page", HostileJson.Fields(("url", HostileJson.Field(HostileJson.Url)), ("referrer", HostileJson.Field(HostileJson.Url)))),
                    ("campaign", HostileJson.Fields(("name", HostileJson.Field(HostileJson.Words)), ("source", HostileJson.Field(HostileJson.Words)))))),
                (1, HostileJson.Value(1)))));

        public static readonly Gen<string> SegmentDelivery = Gen.Frequency(
            (3, SegmentEvent),
            (2, SegmentEvent.Array[0, 4].Select(events => HostileJson.Object([("batch", HostileJson.Array(events))]))));

        public static readonly Gen<string> FormId = Gen.Frequency((4, HostileJson.Id), (1, HostileJson.AnyText));

        public static readonly Gen<Dictionary<string, string>> FormFields = Gen.Select(
            Gen.Select(HostileJson.Email, HostileJson.Id, HostileJson.Id, HostileJson.Url, (email, submissionId, anonymousId, pageUrl) => new Dictionary<string, string>
            {
                ["email"] = email, ["submissionId"] = submissionId, ["anonymousId"] = anonymousId, ["pageUrl"] = pageUrl,
            }),
            Gen.Select(HostileJson.AnyText, HostileJson.AnyText, HostileJson.AnyText, Gen.OneOf("", "", "", "bot.example"), (utmCampaign, company, companySize, website) => new Dictionary<string, string>
            {
                ["utm_campaign"] = utmCampaign, ["company"] = company, ["companySize"] = companySize, ["website"] = website,
            }),
            Gen.Int[0, 255],
            (who, what, drop) =>
            {
                var fields = who.Concat(what).ToDictionary(f => f.Key, f => f.Value);
                foreach (var name in fields.Keys.Where((_, i) => (drop >> i & 1) == 1 && i != 0).ToList())
                {
                    fields.Remove(name);
                }

                return fields;
            });
    }
}
