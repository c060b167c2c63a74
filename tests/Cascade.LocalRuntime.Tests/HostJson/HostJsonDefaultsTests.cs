using Cascade.LocalRuntime.Invocation;
using Cascade.LocalRuntime.Queues;
using Microsoft.Extensions.Configuration;

namespace Cascade.LocalRuntime.Tests.HostJson;

/// <summary>host.json read as the host reads it: each setting taken when present, the extension's default when not.</summary>
public sealed class HostJsonDefaultsTests
{
    [Fact]
    public void QueueOptions_WithoutSettings_AreTheStorageQueuesExtensionDefaults()
    {
        var options = QueueHostOptions.FromConfiguration(Configuration());

        Assert.Equal(16, options.BatchSize);
        Assert.Equal(8 * Environment.ProcessorCount, options.NewBatchThreshold);
        Assert.Equal(5, options.MaxDequeueCount);
        Assert.Equal(TimeSpan.Zero, options.VisibilityTimeout);
        Assert.Equal(TimeSpan.FromMinutes(1), options.MaxPollingInterval);
    }

    [Fact]
    public void QueueOptions_WithSettings_TakeThem()
    {
        var options = QueueHostOptions.FromConfiguration(Configuration(
            ("extensions:queues:batchSize", "4"), ("extensions:queues:newBatchThreshold", "3"), ("extensions:queues:maxDequeueCount", "2"),
            ("extensions:queues:visibilityTimeout", "00:00:30"), ("extensions:queues:maxPollingInterval", "00:00:02")));

        Assert.Equal(new QueueHostOptions
        {
            BatchSize = 4, NewBatchThreshold = 3, MaxDequeueCount = 2,
            VisibilityTimeout = TimeSpan.FromSeconds(30), MaxPollingInterval = TimeSpan.FromSeconds(2),
        }, options);
    }

    [Fact]
    public void NewBatchThreshold_WithoutSetting_IsHalfTheBatchSizeTimesTheProcessors()
    {
        var options = QueueHostOptions.FromConfiguration(Configuration(("extensions:queues:batchSize", "6")));

        Assert.Equal(3 * Environment.ProcessorCount, options.NewBatchThreshold);
    }

    [Theory]
    [InlineData("extensions:queues:batchSize", "33")]
    [InlineData("extensions:queues:batchSize", "0")]
    [InlineData("extensions:queues:newBatchThreshold", "-1")]
    [InlineData("extensions:queues:maxDequeueCount", "0")]
    [InlineData("extensions:queues:visibilityTimeout", "-00:00:01")]
    [InlineData("extensions:queues:messageEncoding", "none")]
    [InlineData("functionTimeout", "00:00:00")]
    [InlineData("functionTimeout", "soon")]
    public void Settings_OutOfRange_AreRefusedAtStart(string key, string value)
    {
        var configuration = Configuration((key, value));

        Assert.Throws<InvalidOperationException>(() =>
        {
            QueueHostOptions.FromConfiguration(configuration);
            FunctionTimeout.FromConfiguration(configuration);
        });
    }

    [Theory]
    [InlineData(null, "00:30:00")]
    [InlineData("00:05:00", "00:05:00")]
    [InlineData("-1", "-00:00:00.001")]
    public void FunctionTimeout_IsTheSettingOrTheFlexConsumptionDefault(string? setting, string expected)
    {
        var configuration = setting is null ? Configuration() : Configuration(("functionTimeout", setting));

        Assert.Equal(TimeSpan.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FunctionTimeout.FromConfiguration(configuration).Limit);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>("AzureFunctionsJobHost:" + s.Key, s.Value)))
            .Build();
}
