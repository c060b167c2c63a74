using Cascade.EndToEnd.Tests.Infrastructure;

namespace Cascade.EndToEnd.Tests;

/// <summary>A message no handler can read ends in its poison queue with its body intact.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class PoisonTests(CascadeHost host)
{
    [Fact]
    public async Task MalformedTouchpointsMessage_EndsInTouchpointsPoison_WithItsBodyIntact()
    {
        var body = "{ this is not a touchpoints message " + Guid.NewGuid().ToString("N") + " }";
        var poison = host.Queue("touchpoints-poison");

        await host.Queue("touchpoints").SendMessageAsync(body);

        var poisoned = await Eventually.GetAsync(
            async () => (await poison.ReceiveMessagesAsync(32)).Value,
            messages => messages.Any(m => m.Body.ToString() == body), "the message in touchpoints-poison", TimeSpan.FromMinutes(2));
        var message = Assert.Single(poisoned, m => m.Body.ToString() == body);
        // Leave the queues empty for the tests that wait for them to drain.
        await poison.DeleteMessageAsync(message.MessageId, message.PopReceipt);
        await host.DrainAsync();
    }
}
