using Cascade.App.Reads;
using Cascade.App.Configuration;

namespace Cascade.App.Tests.Reads;

/// <summary>architecture.md: no read path loads the whole store; only jobs may ask the whole-store reader.</summary>
public sealed class ReadPathTests
{
    [Fact]
    public void NoQuery_DependsOnTheWholeStoreReader()
    {
        var queries = typeof(CascadeOptions).Assembly.GetTypes()
            .Where(t => t.IsClass && t.Name.EndsWith("Query", StringComparison.Ordinal))
            .ToList();
        Assert.True(queries.Count >= 10, "every read route has its query class");

        var offenders = queries
            .Where(t => t.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => p.ParameterType == typeof(IWorkspaceReader)))
            .Select(t => t.Name);

        Assert.Empty(offenders);
    }
}
