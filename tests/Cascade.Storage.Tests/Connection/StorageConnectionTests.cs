using Cascade.Storage.Connection;

namespace Cascade.Storage.Tests.Connection;

public sealed class StorageConnectionTests
{
    [Fact]
    public void TryRead_ConnectionString_IsUsedAsIs()
    {
        var ok = StorageConnection.TryRead(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" }, out var connection, out _);

        Assert.True(ok);
        Assert.Equal("UseDevelopmentStorage=true", connection!.ConnectionString);
        Assert.False(connection.IsIdentityBased);
    }

    [Fact]
    public void TryRead_AccountName_BuildsServiceUris()
    {
        var settings = new Dictionary<string, string?> { ["AzureWebJobsStorage__accountName"] = "cascadeprod", ["AzureWebJobsStorage__clientId"] = "abc" };

        StorageConnection.TryRead(settings, out var connection, out _);

        Assert.Equal(new Uri("https://cascadeprod.table.core.windows.net"), connection!.TableServiceUri);
        Assert.Equal(new Uri("https://cascadeprod.queue.core.windows.net"), connection.QueueServiceUri);
        Assert.Equal("abc", connection.ClientId);
    }

    [Fact]
    public void TryRead_ExplicitServiceUrisWithColonKeys_AreRead()
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage:tableServiceUri"] = "https://t.example/",
            ["AzureWebJobsStorage:queueServiceUri"] = "https://q.example/",
        };

        StorageConnection.TryRead(settings, out var connection, out _);

        Assert.True(connection!.IsIdentityBased);
        Assert.Equal(new Uri("https://q.example/"), connection.QueueServiceUri);
    }

    [Fact]
    public void TryRead_NamedConnection_FollowsTheHostsLookupOrder()
    {
        var settings = new Dictionary<string, string?> { ["Tracking"] = "second", ["AzureWebJobsTracking"] = "first" };

        StorageConnection.TryRead(settings, out var connection, out _, "Tracking");

        Assert.Equal("first", connection!.ConnectionString);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://t.example/")]
    public void TryRead_MissingOrPartialSettings_ExplainsWhatIsNeeded(string? tableUri)
    {
        var settings = new Dictionary<string, string?> { ["AzureWebJobsStorage__tableServiceUri"] = tableUri };

        var ok = StorageConnection.TryRead(settings, out _, out var error);

        Assert.False(ok);
        Assert.Contains("AzureWebJobsStorage", error, StringComparison.Ordinal);
    }
}
