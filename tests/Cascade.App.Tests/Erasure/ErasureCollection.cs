using Cascade.Testing.Storage;

namespace Cascade.App.Tests.Erasure;

/// <summary>The erasure tests share one Azurite; each test isolates itself with its own storage prefix.</summary>
[CollectionDefinition(Name)]
public sealed class ErasureCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "app erasure";
}
