namespace Cascade.EndToEnd.Tests.Infrastructure;

/// <summary>The fault tests run one after another over their own runtime and restartable Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<FaultHost>
{
    public const string Name = "faults";
}
