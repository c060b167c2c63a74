using System.Text;
using Cascade.App.Spend;
using Cascade.Functions.Spend;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.Functions.Tests.Spend;

public sealed class PostSpendTests
{
    // Nothing listens on port 1, so every storage call fails at once.
    private const string Unreachable =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        "QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    [Theory]
    [InlineData("text/csv", "month,channel,campaign,amount,currency\n2026-03,email,,10,EUR\n", StatusCodes.Status503ServiceUnavailable)]
    [InlineData("text/csv; charset=utf-8", "month,channel,amount\n2026-03,email,10\n", StatusCodes.Status400BadRequest)]
    [InlineData("application/json", """[{ "month": "2026-03", "channel": "email", "amount": -1, "currency": "EUR" }]""", StatusCodes.Status400BadRequest)]
    [InlineData("text/plain", "anything", StatusCodes.Status415UnsupportedMediaType)]
    public async Task Run_MapsTheUploadToItsStatus(string contentType, string body, int status)
    {
        await using var provider = Services();
        var context = new DefaultHttpContext();
        context.Request.ContentType = contentType;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));

        var result = await new PostSpend(provider.GetRequiredService<SpendUpload>()).Run(context.Request);

        var answer = Assert.IsType<ObjectResult>(result);
        Assert.Equal(status, answer.StatusCode);
        Assert.IsType<ProblemDetails>(answer.Value);
        Assert.Contains("application/problem+json", answer.ContentTypes);
    }

    [Fact]
    public async Task Run_BodyOverTheLimit_Is413BeforeReading()
    {
        await using var provider = Services();
        var context = new DefaultHttpContext();
        context.Request.ContentType = "text/csv";
        context.Request.ContentLength = SpendLimits.MaxBodyBytes + 1;
        context.Request.Body = new MemoryStream();

        var result = await new PostSpend(provider.GetRequiredService<SpendUpload>()).Run(context.Request);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, Assert.IsType<ObjectResult>(result).StatusCode);
    }

    private static ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = Unreachable })
            .Build();
        var services = new ServiceCollection().AddLogging();
        CascadeFunctionsServices.Add(services, configuration);
        return services.BuildServiceProvider();
    }
}
