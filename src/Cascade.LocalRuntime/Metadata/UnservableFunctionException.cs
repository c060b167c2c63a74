namespace Cascade.LocalRuntime.Metadata;

/// <summary>
/// A function that <c>functions.metadata</c> declares and the local runtime cannot serve as the host would (a
/// trigger or binding it does not implement, an entry point it cannot find): the runtime refuses to start rather
/// than serve a different app than Azure runs.
/// </summary>
public sealed class UnservableFunctionException(string function, string reason)
    : Exception($"Function '{function}': {reason}")
{
    public string Function { get; } = function;
}
