using System.Reflection;
using System.Text.Json;
using Cascade.LocalRuntime.Discovery;
using Cascade.LocalRuntime.Invocation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.LocalRuntime.Http;

/// <summary>
/// Binds an HTTP function's parameters: the trigger parameter gets the HttpRequest (or the HttpContext),
/// FunctionContext and CancellationToken their own, and any other parameter the route value, else the
/// query value, of the same name (the worker's binding data).
/// </summary>
internal static class HttpArguments
{
    public static async Task<object?[]> BindAsync(FunctionDescriptor function, HttpContext http, FunctionContext context)
    {
        var parameters = function.Method.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
            arguments[i] = await BindAsync(function, parameters[i], http, context);
        return arguments;
    }

    private static async Task<object?> BindAsync(FunctionDescriptor function, ParameterInfo parameter, HttpContext http, FunctionContext context)
    {
        var type = parameter.ParameterType;
        if (parameter == function.TriggerParameter)
        {
            if (type == typeof(HttpRequest))
                return http.Request;
            if (type == typeof(HttpContext))
                return http;
            // The worker deserialises the body for a POCO trigger parameter.
            return await JsonSerializer.DeserializeAsync(http.Request.Body, type, JsonSerializerOptions.Web, http.RequestAborted);
        }

        if (type == typeof(FunctionContext))
            return context;
        if (type == typeof(CancellationToken))
            return context.CancellationToken;
        if (SimpleValues.IsSimple(type))
        {
            var name = parameter.Name!;
            object? value = http.GetRouteValue(name);
            if (value is null && http.Request.Query.TryGetValue(name, out var query))
                value = query.ToString();
            return SimpleValues.Convert(value, type);
        }

        throw new ParameterBindingException($"Function '{function.Name}': cannot bind parameter '{parameter.Name}' of type {type.Name}.");
    }
}
