using Cascade.Testing.Storage;

namespace Cascade.App.Tests.Reads;

/// <summary>Every read and report test that touches storage joins this collection, so one Azurite serves them all.</summary>
[CollectionDefinition(Name)]
public sealed class ReadsCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "reads";
}
