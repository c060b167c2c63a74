using System.Reflection;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace Cascade.LocalRuntime.Discovery;

/// <summary>One [Function] method and the trigger attribute on one of its parameters.</summary>
public sealed record FunctionDescriptor(string Name, MethodInfo Method, ParameterInfo TriggerParameter, TriggerBindingAttribute Trigger)
{
    public T TriggerAs<T>() where T : TriggerBindingAttribute => (T)Trigger;
}
