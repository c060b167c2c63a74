namespace Cascade.LocalRuntime.Invocation;

/// <summary>An invocation that ran past host.json's functionTimeout: it failed, as the host fails it.</summary>
public sealed class FunctionTimeoutException(string function, TimeSpan limit)
    : TimeoutException($"Function '{function}' ran past functionTimeout ({limit:c}) and was cancelled.");
