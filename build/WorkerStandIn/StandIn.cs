namespace Microsoft.Azure.Functions.Worker;

/// <summary>The message of every member that only the real worker can carry out.</summary>
internal static class StandIn
{
    public const string Message =
        "This is the compile-only stand-in of the Azure Functions worker (build/WorkerStandIn). " +
        "Run the app with Cascade.LocalRuntime, or build with the real worker packages (FunctionsWorker=Real).";
}
