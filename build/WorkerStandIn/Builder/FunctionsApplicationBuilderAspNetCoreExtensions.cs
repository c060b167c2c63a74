namespace Microsoft.Azure.Functions.Worker.Builder;

public static class FunctionsApplicationBuilderAspNetCoreExtensions
{
    public static FunctionsApplicationBuilder ConfigureFunctionsWebApplication(this FunctionsApplicationBuilder builder)
        => throw new NotSupportedException(StandIn.Message);
}
