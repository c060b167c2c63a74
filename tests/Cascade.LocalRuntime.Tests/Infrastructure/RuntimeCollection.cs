namespace Cascade.LocalRuntime.Tests.Infrastructure;

/// <summary>The tests that share one <see cref="RuntimeFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class RuntimeCollection : ICollectionFixture<RuntimeFixture>
{
    public const string Name = "local runtime";
}
