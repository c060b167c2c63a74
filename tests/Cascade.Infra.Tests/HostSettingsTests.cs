using System.Text.Json;
using Cascade.Storage.Queues;

namespace Cascade.Infra.Tests;

/// <summary>host.json and the sample settings agree with what the code and the deployment expect.</summary>
public sealed class HostSettingsTests
{
    [Fact]
    public void HostJson_Queues_MatchTheCode()
    {
        using var host = JsonDocument.Parse(RepositoryFiles.Read("host.json"));
        var queues = host.RootElement.GetProperty("extensions").GetProperty("queues");

        Assert.Equal("2.0", host.RootElement.GetProperty("version").GetString());
        Assert.Equal(5, queues.GetProperty("maxDequeueCount").GetInt32());
        // StorageConnection always writes base64, so the host's trigger must decode base64.
        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString());
    }

    [Fact]
    public void QueueNames_WithTheirPoisonQueues_AreValidQueueNames()
    {
        // The host appends -poison; the result must still be a queue name (3-63 lower-case letters, digits, dashes).
        Assert.All(QueueNames.All, q => Assert.Matches("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", q));
        Assert.Equal(QueueNames.Work.Select(QueueNames.Poison), QueueNames.All.Except(QueueNames.Work));
    }

    [Fact]
    public void LocalSettingsSample_Values_RunTheIsolatedWorkerWithAKey()
    {
        using var sample = JsonDocument.Parse(RepositoryFiles.Read("local.settings.sample.json"));
        var values = sample.RootElement.GetProperty("Values");

        Assert.False(string.IsNullOrWhiteSpace(values.GetProperty("AzureWebJobsStorage").GetString()));
        Assert.Equal("dotnet-isolated", values.GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString());
        Assert.False(string.IsNullOrWhiteSpace(values.GetProperty("Cascade__ApiKey").GetString()));
    }
}
