using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microsoft.Azure.Functions.Worker.Builder;

// The real builder also implements IFunctionsWorkerApplicationBuilder (Use(middleware)); Cascade
// registers no worker middleware, so that interface is left out.
public class FunctionsApplicationBuilder : IHostApplicationBuilder
{
    internal FunctionsApplicationBuilder()
    {
    }

    public IDictionary<object, object> Properties => throw new NotSupportedException(StandIn.Message);

    IConfigurationManager IHostApplicationBuilder.Configuration => Configuration;

    public ConfigurationManager Configuration => throw new NotSupportedException(StandIn.Message);

    public IHostEnvironment Environment => throw new NotSupportedException(StandIn.Message);

    public ILoggingBuilder Logging => throw new NotSupportedException(StandIn.Message);

    public IMetricsBuilder Metrics => throw new NotSupportedException(StandIn.Message);

    public IServiceCollection Services => throw new NotSupportedException(StandIn.Message);

    public IHost Build() => throw new NotSupportedException(StandIn.Message);

    public void ConfigureContainer<TContainerBuilder>(IServiceProviderFactory<TContainerBuilder> factory, Action<TContainerBuilder>? configure = null)
        where TContainerBuilder : notnull
        => throw new NotSupportedException(StandIn.Message);
}
