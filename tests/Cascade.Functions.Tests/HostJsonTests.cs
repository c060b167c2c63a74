using System.Text.Json;

namespace Cascade.Functions.Tests;

/// <summary>host.json carries the queue rules api.md and architecture.md name, and ships beside the app.</summary>
public sealed class HostJsonTests
{
    [Fact]
    public void HostJson_IsCopiedBesideTheAppWithTheQueueRules()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")));
        var queues = json.RootElement.GetProperty("extensions").GetProperty("queues");

        Assert.Equal("2.0", json.RootElement.GetProperty("version").GetString());
        Assert.Equal(5, queues.GetProperty("maxDequeueCount").GetInt32());
        Assert.Equal(16, queues.GetProperty("batchSize").GetInt32());
        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString());
    }
}
