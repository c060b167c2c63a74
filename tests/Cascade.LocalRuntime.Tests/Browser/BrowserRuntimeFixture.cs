using System.Net;
using System.Net.Sockets;
using Cascade.LocalRuntime.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;

namespace Cascade.LocalRuntime.Tests.Browser;

/// <summary>
/// One local runtime serving the Functions app and the demo site (web/demo) for the browser tests. Its port is
/// chosen before it starts, because the allowed origin and the demo form's redirect name it, as a website's do.
/// </summary>
public sealed class BrowserRuntimeFixture : IAsyncLifetime
{
    public const string ApiKey = "browser-test-key";

    private AzuriteFixture? storage;
    private WebApplication? app;

    public string BaseUrl { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        storage = new AzuriteFixture();
        await storage.InitializeAsync();
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var options = new LocalRuntimeOptions
        {
            Port = port,
            SettingsFile = null,
            DemoDirectory = Path.Combine(RepositoryRoot.Path, "web", "demo"),
        };
        options.Settings["AzureWebJobsStorage"] = storage.ConnectionString;
        options.Settings["Cascade:ApiKey"] = ApiKey;
        options.Settings["Cascade:Forms:AllowedOrigins"] = BaseUrl;
        options.Settings["Cascade:Forms:Definitions:demo:Type"] = "demo_request";
        options.Settings["Cascade:Forms:Definitions:demo:RedirectUrl"] = BaseUrl + "/demo/thanks.html";
        options.Settings["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.250";
        options.Settings["AzureFunctionsJobHost:logging:logLevel:default"] = "Warning";
        app = LocalRuntimeHost.Create(options);
        await app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        Client.DefaultRequestHeaders.Add("x-functions-key", ApiKey);
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (app is not null)
            await app.DisposeAsync();
        if (storage is not null)
            await storage.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
