using Cascade.Functions.Health;
using Cascade.Storage;
using Cascade.Storage.Connection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cascade.Functions.Tests.Health;

public sealed class GetHealthTests
{
    // Nothing listens on port 1, so every storage call fails at once.
    private const string Unreachable =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        "QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    [Fact]
    public async Task Run_WhenStorageIsUnreachable_Answers503ProblemDetails()
    {
        var storage = CascadeStorage.Connect(StorageConnection.FromConnectionString(Unreachable));
        var probe = new StorageHealthProbe(storage, TimeProvider.System, NullLogger<StorageHealthProbe>.Instance);

        var result = await new GetHealth(probe).Run(new DefaultHttpContext().Request);

        var objectResult = Assert.IsType<ObjectResult>(result);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, objectResult.StatusCode);
        var problem = Assert.IsType<ProblemDetails>(objectResult.Value);
        Assert.Equal(503, problem.Status);
        Assert.Contains("application/problem+json", objectResult.ContentTypes);
    }
}
