using System.Reflection;
using Cascade.LocalRuntime.Metadata;

namespace Cascade.LocalRuntime.Discovery;

/// <summary>
/// Finds the method a function's <c>entryPoint</c> names in its <c>scriptFile</c>, as the worker does: the
/// assembly beside the metadata file (the one already loaded when it is the same assembly), the type by full name,
/// the one public method of that name.
/// </summary>
internal static class EntryPoints
{
    public static MethodInfo Resolve(DeclaredFunction function)
    {
        var split = function.EntryPoint.LastIndexOf('.');
        if (split <= 0)
            throw new UnservableFunctionException(function.Name, $"entry point '{function.EntryPoint}' is not Type.Method.");
        var assembly = Load(function);
        var type = assembly.GetType(function.EntryPoint[..split])
            ?? throw new UnservableFunctionException(function.Name, $"{function.ScriptFile} has no type {function.EntryPoint[..split]}.");
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;
        var methods = type.GetMethods(flags).Where(m => m.Name == function.EntryPoint[(split + 1)..]).ToList();
        return methods.Count == 1
            ? methods[0]
            : throw new UnservableFunctionException(function.Name, $"{type.FullName} has {methods.Count} public methods named {function.EntryPoint[(split + 1)..]}, not one.");
    }

    private static Assembly Load(DeclaredFunction function)
    {
        var path = Path.GetFullPath(function.ScriptFile, Path.GetDirectoryName(function.Source)!);
        var name = Path.GetFileNameWithoutExtension(path);
        var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == name);
        if (loaded is not null)
            return loaded;
        try
        {
            // An assembly the runtime was built with (Cascade.Functions, a test assembly) loads by name, once.
            return Assembly.Load(new AssemblyName(name));
        }
        catch (FileNotFoundException)
        {
            if (!File.Exists(path))
                throw new UnservableFunctionException(function.Name, $"its script file {path} does not exist.");
            return Assembly.LoadFrom(path);
        }
    }
}
