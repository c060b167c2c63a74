using System.Reflection;
using Cascade.LocalRuntime.Metadata;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace Cascade.LocalRuntime.Discovery;

/// <summary>
/// The functions the local runtime serves: exactly those of the given <c>functions.metadata</c> files, each with
/// the trigger the file declares (route, methods, authorization level, queue name, connection, schedule) and the
/// method its entry point names. Building it is the start-up check: a trigger or binding the runtime cannot serve,
/// or an entry point that does not resolve, stops the start with an <see cref="UnservableFunctionException"/>.
/// </summary>
public sealed class FunctionCatalog
{
    private FunctionCatalog(IReadOnlyList<FunctionDescriptor> functions) => Functions = functions;

    public IReadOnlyList<FunctionDescriptor> Functions { get; }

    public IEnumerable<FunctionDescriptor> WithTrigger<T>() where T : TriggerBindingAttribute =>
        Functions.Where(f => f.Trigger is T);

    public static FunctionCatalog Load(IEnumerable<string> metadataFiles)
    {
        var functions = metadataFiles
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .SelectMany(FunctionMetadataFile.Read)
            .Select(Describe)
            .ToList();
        var duplicate = functions.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new UnservableFunctionException(duplicate.Key, "declared twice.");
        return new FunctionCatalog(functions.OrderBy(f => f.Name, StringComparer.Ordinal).ToList());
    }

    private static FunctionDescriptor Describe(DeclaredFunction function)
    {
        var triggers = function.Bindings.Where(b => b.IsTrigger).ToList();
        if (triggers.Count != 1)
            throw new UnservableFunctionException(function.Name, $"declares {triggers.Count} triggers; a function has exactly one.");
        var binding = triggers[0];
        var trigger = TriggerBindings.Create(function.Name, binding);
        foreach (var other in function.Bindings.Where(b => b != binding))
        {
            if (!TriggerBindings.IsServedAlongside(binding, other))
                throw new UnservableFunctionException(
                    function.Name, $"declares the {other.Direction} binding '{other.Name}' of type {other.Type}, which the local runtime cannot serve.");
        }

        var method = EntryPoints.Resolve(function);
        var parameter = method.GetParameters().FirstOrDefault(p => string.Equals(p.Name, binding.Name, StringComparison.Ordinal))
            ?? throw new UnservableFunctionException(function.Name, $"{function.EntryPoint} has no parameter '{binding.Name}' for its {binding.Type}.");
        return new FunctionDescriptor(function.Name, method, parameter, trigger);
    }
}
