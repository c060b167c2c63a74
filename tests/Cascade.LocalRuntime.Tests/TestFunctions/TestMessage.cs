namespace Cascade.LocalRuntime.Tests.TestFunctions;

/// <summary>The JSON body of the test queue's messages.</summary>
public sealed record TestMessage(string Id);
