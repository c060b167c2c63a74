using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Cascade.EndToEnd.Tests.Infrastructure;
using Cascade.Storage;

namespace Cascade.EndToEnd.Tests;

/// <summary>
/// The touchpoints handler crashes part-way through a message, after it stored the message's touchpoints: every
/// redelivery stores nothing twice, and once the message is sent again without its broken part the person ends as if
/// nothing had failed.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class HandlerCrashTests(FaultHost host)
{
    private const int Touches = 8;

    [Fact]
    public async Task TouchpointsHandler_CrashAfterStoringTheFirstHalf_LosesAndDuplicatesNothingAfterRedelivery()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var email = $"crash-{run}@crash-{run}.example";
        var touches = JourneyTouches.For(email, $"crash-{run}", Touches, anonymousId: $"anon-crash-{run}");
        var envelopeId = $"crash-{run}";

        // The second half is a profile import whose e-mail cannot be parsed: the handler stores and stitches the
        // touchpoints, then throws when it reaches it, on every delivery, until the message is poison.
        var broken = new JsonObject { ["email"] = "not-an-email", ["profile"] = new JsonObject(), ["origin"] = "import", ["at"] = "2026-01-20T00:00:00Z" };
        await host.Queue("touchpoints").SendMessageAsync(Envelope(envelopeId, touches, broken));
        var poison = host.Queue("touchpoints-poison");
        var poisoned = await Eventually.GetAsync(
            async () => (await poison.ReceiveMessagesAsync(32)).Value,
            messages => messages.Any(m => m.Body.ToString().Contains(envelopeId, StringComparison.Ordinal)),
            "the crashing message in touchpoints-poison", TimeSpan.FromMinutes(2));

        var stored = await StoredEventIdsAsync($"crash-{run}");
        Assert.Equal(touches.Select(t => (string)t["eventId"]!).Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));

        // Redelivery of the message as an operator replays it from poison once its broken item is removed.
        var message = Assert.Single(poisoned, m => m.Body.ToString().Contains(envelopeId, StringComparison.Ordinal));
        await host.Queue("touchpoints").SendMessageAsync(Envelope(envelopeId, touches, person: null));
        await poison.DeleteMessageAsync(message.MessageId, message.PopReceipt);

        // The reference: the same journey through the API, never crashing.
        var referenceEmail = $"steady-{run}@steady-{run}.example";
        using (var response = await JourneyTouches.PostAsync(host.Client, JourneyTouches.For(referenceEmail, $"steady-{run}", Touches, anonymousId: $"anon-steady-{run}")))
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await host.DrainAsync();

        var crashed = await JourneyTouches.PersonAsync(host.Client, email);
        var reference = await JourneyTouches.PersonAsync(host.Client, referenceEmail);
        Assert.Equal(touches.Select(t => (string)t["eventId"]!).Order(StringComparer.Ordinal), JourneyTouches.EventIds(crashed).Order(StringComparer.Ordinal));
        Assert.Equal(Touches, (await StoredEventIdsAsync($"crash-{run}")).Count);
        Assert.Equal(reference.GetProperty("stage").GetString(), crashed.GetProperty("stage").GetString());
        Assert.Equal(
            reference.GetProperty("score").GetProperty("total").GetDouble(),
            crashed.GetProperty("score").GetProperty("total").GetDouble(), precision: 6);
    }

    private static string Envelope(string id, IEnumerable<JsonObject> touches, JsonObject? person)
    {
        var items = new JsonArray([.. touches.Select(t => new JsonObject { ["touchpoint"] = t.DeepClone() })]);
        if (person is not null)
            items.Add(new JsonObject { ["person"] = person.DeepClone() });
        return new JsonObject { ["id"] = id, ["items"] = items }.ToJsonString();
    }

    // Read from the table itself: the person view only exists once the person was evaluated, which the crash prevents.
    private async Task<List<string>> StoredEventIdsAsync(string eventPrefix)
    {
        var table = new TableClient(host.Storage.ConnectionString, StorageNames.TouchpointsTable);
        var ids = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(select: ["EventId"]))
        {
            if (row.GetString("EventId") is { } id && id.StartsWith(eventPrefix, StringComparison.Ordinal))
                ids.Add(id);
        }

        return ids;
    }
}
