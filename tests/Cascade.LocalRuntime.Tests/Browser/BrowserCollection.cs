namespace Cascade.LocalRuntime.Tests.Browser;

/// <summary>The tests that share one <see cref="BrowserRuntimeFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserRuntimeFixture>
{
    public const string Name = "browser runtime";
}
