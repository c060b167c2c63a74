using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace Cascade.LocalRuntime.Discovery;

/// <summary>Every [Function] method of the given assemblies, found by reflection as the worker SDK finds them.</summary>
public sealed class FunctionCatalog
{
    private FunctionCatalog(IReadOnlyList<FunctionDescriptor> functions) => Functions = functions;

    public IReadOnlyList<FunctionDescriptor> Functions { get; }

    public IEnumerable<FunctionDescriptor> WithTrigger<T>() where T : TriggerBindingAttribute =>
        Functions.Where(f => f.Trigger is T);

    public static FunctionCatalog Discover(IEnumerable<Assembly> assemblies)
    {
        var functions = new List<FunctionDescriptor>();
        foreach (var type in assemblies.Distinct().SelectMany(a => a.GetTypes()))
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var method in type.GetMethods(flags))
            {
                var function = method.GetCustomAttribute<FunctionAttribute>();
                if (function is not null)
                    functions.Add(Describe(function.Name, method));
            }
        }

        var duplicate = functions.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Two functions are named '{duplicate.Key}'.");
        return new FunctionCatalog(functions.OrderBy(f => f.Name, StringComparer.Ordinal).ToList());
    }

    private static FunctionDescriptor Describe(string name, MethodInfo method)
    {
        var triggers = method.GetParameters()
            .Select(p => (Parameter: p, Trigger: p.GetCustomAttribute<TriggerBindingAttribute>()))
            .Where(p => p.Trigger is not null)
            .ToList();
        if (triggers.Count != 1)
            throw new InvalidOperationException($"Function '{name}' needs exactly one trigger parameter, it has {triggers.Count}.");
        var (parameter, trigger) = triggers[0];
        if (trigger is not (HttpTriggerAttribute or QueueTriggerAttribute or TimerTriggerAttribute))
            throw new InvalidOperationException($"Function '{name}': the local runtime does not serve {trigger!.GetType().Name}.");
        return new FunctionDescriptor(name, method, parameter, trigger);
    }
}
