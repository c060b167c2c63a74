using System.Text;
using Cascade.App.Ingestion;
using Cascade.Functions.Ingestion;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.Functions.Tests.Ingestion;

public sealed class PostTouchpointsTests
{
    // Nothing listens on port 1, so every storage call fails at once.
    private const string Unreachable =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        "QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    [Fact]
    public async Task Run_WhenStorageIsUnreachable_Answers503ProblemDetailsNever202()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = Unreachable })
            .Build();
        var services = new ServiceCollection().AddLogging();
        CascadeFunctionsServices.Add(services, configuration);
        await using var provider = services.BuildServiceProvider();
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(
            """{ "eventId": "e-503", "occurredAt": "2026-02-01T09:00:00Z", "type": "page_view", "anonymousId": "a-1" }"""));

        var result = await new PostTouchpoints(provider.GetRequiredService<TouchpointIngestion>()).Run(context.Request);

        var answer = Assert.IsType<ObjectResult>(result);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, answer.StatusCode);
        Assert.IsType<ProblemDetails>(answer.Value);
        Assert.Contains("application/problem+json", answer.ContentTypes);
    }
}
