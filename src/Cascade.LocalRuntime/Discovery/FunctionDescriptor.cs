using System.Reflection;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace Cascade.LocalRuntime.Discovery;

/// <summary>One function of functions.metadata: its method, the parameter its trigger binds, and the trigger as declared there.</summary>
public sealed record FunctionDescriptor(string Name, MethodInfo Method, ParameterInfo TriggerParameter, TriggerBindingAttribute Trigger)
{
    public T TriggerAs<T>() where T : TriggerBindingAttribute => (T)Trigger;
}
