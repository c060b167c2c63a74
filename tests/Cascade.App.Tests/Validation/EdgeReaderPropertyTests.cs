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
    public void TouchpointReader_HostileBodies_NeverThrow_AndAcceptedTouchpointsRoundTrip() =>
        SampleAccepted(HostileJson.Body(HostileBodies.Touchpoint), body => TouchpointReader.ReadBatch(body), (_, read) => Assert.All(read, AssertStoredUnchanged));

    [Fact]
    public void OpportunityReader_HostileBodies_NeverThrow_AndAcceptedStatesRoundTrip() =>
        SampleAccepted(HostileJson.Body(HostileBodies.Opportunity), body => OpportunityReader.ReadBatch(body, Currency), (_, read) =>
            Assert.All(read, state =>
            {
                var queued = AssertQueued(OpportunityDocument.From(state));
                Assert.Equal(Json(state), Json(queued.ToOpportunity(Currency)));
                AssertRoutable(state.OpportunityId);
                AssertKey(state.OpportunityId);
                Assert.All(state.ContactEmails, AssertAddressable);
                AssertDomain(state.AccountDomain);
            }));

    [Fact]
    public void PersonUpsertReader_HostileBodies_NeverThrow_AndAcceptedPeopleRoundTrip() =>
        SampleAccepted(HostileJson.Body(HostileBodies.Person), body => PersonUpsertReader.Read(body), (_, read) => AssertPersonStored(read));

    [Fact]
    public void SalesActionReader_HostileBodies_NeverThrow_AndArraysAreRefused() =>
        SampleAccepted(HostileJson.Body(HostileBodies.SalesAction), body => SalesActionReader.Read(body), (body, read) =>
        {
            Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(body).RootElement.ValueKind);
            Assert.True(read.At is not { } at || at.Year is >= JsonFields.FirstYear and <= JsonFields.LastYear);
        });

    [Fact]
    public void CollectReader_HostileBodies_NeverThrow_AndAcceptedEventsRoundTrip() =>
        SampleAccepted(HostileJson.Body(HostileBodies.BrowserEvent), body => CollectReader.Read(body, Now), (_, read) => Assert.All(read, AssertStoredUnchanged));

    [Fact]
    public void SegmentEventReader_HostileBodies_NeverThrow_AndAcceptedEventsRoundTrip() =>
        SampleAccepted(HostileJson.Body(HostileBodies.SegmentDelivery), body => SegmentEventReader.Read(body), (_, read) =>
        {
            Assert.All(read.Touchpoints, AssertStoredUnchanged);
            Assert.All(read.People, AssertPersonStored);
        });

    [Fact]
    public void FormSubmissionReader_HostileFields_NeverThrow_AndAcceptedPostsRoundTrip() =>
        SampleAccepted(
            Gen.Select(HostileBodies.FormId, HostileBodies.FormFields),
            post => FormSubmissionReader.Read(post.Item1, post.Item2, FormDefinition.Unknown(post.Item1), Now, "generated-id"),
            (_, read) => AssertStoredUnchanged(read.Touchpoint));

    /// <summary>
    /// Reads <see cref="Iterations"/> generated inputs: every answer is a value or errors, never an exception, and each
    /// accepted value passes <paramref name="check"/>; at least <see cref="MinAccepted"/> must be accepted.
    /// </summary>
    private static void SampleAccepted<TIn, T>(Gen<TIn> inputs, Func<TIn, Validated<T>> read, Action<TIn, T> check)
    {
        var accepted = 0;
        inputs.Sample(input =>
        {
            var answer = read(input);
            AssertAnswered(answer);
            if (answer.IsValid)
            {
                accepted++;
                check(input, answer.Value!);
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
