using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.Functions.Tests;

public sealed class CascadeFunctionsServicesTests
{
    [Fact]
    public void Add_RegistersEverythingEveryFunctionClassNeeds()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" })
            .Build();
        var services = new ServiceCollection().AddLogging();
        CascadeFunctionsServices.Add(services, configuration);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var classes = typeof(CascadeFunctionsServices).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null));
        foreach (var type in classes)
            Assert.NotNull(ActivatorUtilities.CreateInstance(provider, type));
    }

    [Fact]
    public void Add_WithoutStorageSetting_SaysWhatToSet()
    {
        var configuration = new ConfigurationBuilder().Build();

        var error = Assert.Throws<InvalidOperationException>(() => CascadeFunctionsServices.Add(new ServiceCollection(), configuration));

        Assert.Contains("AzureWebJobsStorage", error.Message, StringComparison.Ordinal);
    }
}
