using Cascade.Testing.Storage;

namespace Cascade.App.Tests.Pipeline;

/// <summary>The storage-backed pipeline tests share one Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class PipelineCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "app pipeline";
}
