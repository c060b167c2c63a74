namespace Cascade.EndToEnd.Tests.Infrastructure;

/// <summary>Every end-to-end test shares one Azurite and one local runtime.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<CascadeHost>
{
    public const string Name = "end to end";
}
