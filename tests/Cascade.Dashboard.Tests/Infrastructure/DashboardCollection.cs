namespace Cascade.Dashboard.Tests.Infrastructure;

/// <summary>The tests that share one <see cref="SeededRuntime"/>.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<SeededRuntime>
{
    public const string Name = "seeded runtime";
}
