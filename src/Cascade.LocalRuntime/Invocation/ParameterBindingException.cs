namespace Cascade.LocalRuntime.Invocation;

/// <summary>A function parameter the local runtime cannot supply: a programming error in the function's signature.</summary>
public sealed class ParameterBindingException(string message) : Exception(message);
