using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Builder;

namespace Cascade.LocalRuntime.Tests.Infrastructure;

/// <summary>
/// One Azurite and two local runtimes on free ports for the whole collection. Both runtimes serve
/// Cascade.Functions plus this assembly's test functions over the same storage, as two instances of
/// one app would, so the timer test can see that each occurrence runs once.
/// </summary>
public sealed class RuntimeFixture : IAsyncLifetime
{
    public const string ApiKey = "test-function-key";

    private readonly string suffix = Guid.NewGuid().ToString("N")[..10];
    private AzuriteFixture? storage;
    private WebApplication? first;
    private WebApplication? second;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The first of the two runtimes (the one <see cref="Client"/> calls).</summary>
    public WebApplication Runtime => first!;

    /// <summary>The functions.metadata of this assembly's test functions.</summary>
    public static string TestFunctionsMetadata => Path.Combine(AppContext.BaseDirectory, "test-functions.metadata");

    public string StorageConnection => storage!.ConnectionString;

    public string TestQueue => "test-messages-" + suffix;

    public string RecordsTable => "TestRecords" + suffix;

    public QueueClient Queue(string name) =>
        new(StorageConnection, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    public TableClient Records => new(StorageConnection, RecordsTable);

    public async Task InitializeAsync()
    {
        storage = new AzuriteFixture();
        await storage.InitializeAsync();
        await Records.CreateIfNotExistsAsync();
        first = await StartRuntimeAsync();
        second = await StartRuntimeAsync();
        Client = new HttpClient { BaseAddress = new Uri(first.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        foreach (var app in new[] { first, second })
        {
            if (app is not null)
                await app.DisposeAsync();
        }

        if (storage is not null)
            await storage.DisposeAsync();
    }

    private async Task<WebApplication> StartRuntimeAsync()
    {
        var options = new LocalRuntimeOptions { Port = 0, SettingsFile = null };
        options.MetadataFiles.Add(TestFunctionsMetadata);
        options.Settings["AzureWebJobsStorage"] = StorageConnection;
        options.Settings["Cascade:ApiKey"] = ApiKey;
        // Failed messages come back at once and empty queues are polled often, so the poison test is quick.
        options.Settings["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00";
        options.Settings["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.500";
        options.Settings["AzureFunctionsJobHost:logging:logLevel:default"] = "Warning";
        options.Settings["TestQueue"] = TestQueue;
        options.Settings["TestRecordsTable"] = RecordsTable;
        options.Settings["TestTimerSchedule"] = "* * * * * *";
        var app = LocalRuntimeHost.Create(options);
        await app.StartAsync();
        return app;
    }
}
