using System.Reflection;
using System.Runtime.ExceptionServices;
using Cascade.LocalRuntime.Discovery;
using Cascade.Storage.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.LocalRuntime.Invocation;

/// <summary>
/// Calls a function method: constructs its class from the invocation's service scope (as the
/// worker's activator does, so constructor injection works) and awaits whatever it returns.
/// </summary>
internal static class FunctionInvoker
{
    public static async Task<object?> InvokeAsync(FunctionDescriptor function, IServiceProvider services, object?[] arguments)
    {
        // The storage requests of this invocation's flow are counted for the function (restored when it returns).
        StorageOperations.Caller = function.Name;
        var method = function.Method;
        var instance = method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, method.DeclaringType!);
        object? returned;
        try
        {
            returned = method.Invoke(instance, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }

        return await Unwrap(returned, method.ReturnType);
    }

    private static async Task<object?> Unwrap(object? returned, Type declared)
    {
        switch (returned)
        {
            case null:
                return null;
            case ValueTask valueTask:
                await valueTask;
                return null;
            case Task task:
                await task;
                return declared.IsGenericType && declared.GetGenericTypeDefinition() == typeof(Task<>)
                    ? declared.GetProperty(nameof(Task<object>.Result))!.GetValue(task)
                    : null;
        }

        if (declared.IsGenericType && declared.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            var task = (Task)declared.GetMethod(nameof(ValueTask<object>.AsTask))!.Invoke(returned, null)!;
            await task;
            return task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task);
        }

        return returned;
    }
}
