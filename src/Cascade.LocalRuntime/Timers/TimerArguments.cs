using Cascade.LocalRuntime.Discovery;
using Cascade.LocalRuntime.Invocation;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.LocalRuntime.Timers;

/// <summary>Binds a timer function's parameters: TimerInfo, FunctionContext, CancellationToken.</summary>
internal static class TimerArguments
{
    public static object?[] Bind(FunctionDescriptor function, TimerInfo timer, FunctionContext context, CancellationToken cancellationToken) =>
        function.Method.GetParameters().Select(parameter => parameter.ParameterType switch
        {
            var t when t == typeof(TimerInfo) => timer,
            var t when t == typeof(FunctionContext) => context,
            var t when t == typeof(CancellationToken) => (object?)cancellationToken,
            _ => throw new ParameterBindingException($"Function '{function.Name}': cannot bind parameter '{parameter.Name}'."),
        }).ToArray();
}
