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
using Cascade.Testing.Hostile;
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
        HostileJson.Body(HostileBodies.Touchpoint).Sample(body =>
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
        HostileJson.Body(HostileBodies.Opportunity).Sample(body =>
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
        HostileJson.Body(HostileBodies.Person).Sample(body =>
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
        HostileJson.Body(HostileBodies.SalesAction).Sample(body =>
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
        HostileJson.Body(HostileBodies.BrowserEvent).Sample(body =>
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
        HostileJson.Body(HostileBodies.SegmentDelivery).Sample(body =>
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
        Gen.Select(HostileBodies.FormId, HostileBodies.FormFields).Sample((formId, fields) =>
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
}
