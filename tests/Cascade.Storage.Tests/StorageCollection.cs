using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests;

/// <summary>Every storage test class joins this collection, so one Azurite serves them all.</summary>
[CollectionDefinition(Name)]
public sealed class StorageCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "storage";
}
