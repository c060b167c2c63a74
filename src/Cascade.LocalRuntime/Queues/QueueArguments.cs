using System.Reflection;
using System.Text.Json;
using Azure.Storage.Queues.Models;
using Cascade.LocalRuntime.Discovery;
using Cascade.LocalRuntime.Invocation;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.LocalRuntime.Queues;

/// <summary>
/// Binds a queue function's parameters: the trigger parameter as string, byte[], BinaryData,
/// QueueMessage or a JSON POCO; FunctionContext; CancellationToken; and the host's binding data by
/// name (id, dequeueCount, insertionTime, expirationTime, nextVisibleTime, popReceipt, queueTrigger).
/// </summary>
internal static class QueueArguments
{
    public static object?[] Bind(FunctionDescriptor function, QueueMessage message, FunctionContext context, CancellationToken cancellationToken)
    {
        var parameters = function.Method.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
            arguments[i] = Bind(function, parameters[i], message, context, cancellationToken);
        return arguments;
    }

    private static object? Bind(FunctionDescriptor function, ParameterInfo parameter, QueueMessage message, FunctionContext context, CancellationToken cancellationToken)
    {
        var type = parameter.ParameterType;
        if (parameter == function.TriggerParameter)
            return Body(message, type);
        if (type == typeof(FunctionContext))
            return context;
        if (type == typeof(CancellationToken))
            return cancellationToken;
        object? value = parameter.Name?.ToUpperInvariant() switch
        {
            "ID" or "MESSAGEID" => message.MessageId,
            "DEQUEUECOUNT" => message.DequeueCount,
            "INSERTIONTIME" => message.InsertedOn,
            "EXPIRATIONTIME" => message.ExpiresOn,
            "NEXTVISIBLETIME" => message.NextVisibleOn,
            "POPRECEIPT" => message.PopReceipt,
            "QUEUETRIGGER" => message.Body.ToString(),
            _ => throw new ParameterBindingException($"Function '{function.Name}': cannot bind parameter '{parameter.Name}'."),
        };
        return SimpleValues.Convert(value, type);
    }

    private static object? Body(QueueMessage message, Type type)
    {
        if (type == typeof(string))
            return message.Body.ToString();
        if (type == typeof(byte[]))
            return message.Body.ToArray();
        if (type == typeof(BinaryData))
            return message.Body;
        if (type == typeof(QueueMessage))
            return message;
        return JsonSerializer.Deserialize(message.Body.ToMemory().Span, type, JsonSerializerOptions.Web);
    }
}
