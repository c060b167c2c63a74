using System.Text.Json.Nodes;

namespace Cascade.LocalRuntime.Metadata;

/// <summary>Reads a <c>functions.metadata</c> file as the Functions host does (a JSON array of functions).</summary>
public static class FunctionMetadataFile
{
    /// <summary>The file name the worker SDK writes beside the app.</summary>
    public const string FileName = "functions.metadata";

    private static readonly string[] KnownKeys = ["name", "type", "direction"];

    public static IReadOnlyList<DeclaredFunction> Read(string path)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException($"No {FileName} at {path}: build src/Cascade.Functions (the worker SDK writes it).");
        var root = JsonNode.Parse(File.ReadAllText(path)) as JsonArray
            ?? throw new InvalidOperationException($"{path} is not a JSON array of functions.");
        return root.Select(node => Function(node as JsonObject ?? throw Invalid(path, "an entry is not an object"), path)).ToList();
    }

    private static DeclaredFunction Function(JsonObject function, string path)
    {
        var name = Required(function, "name", path);
        var bindings = (function["bindings"] as JsonArray ?? throw Invalid(path, $"function '{name}' has no bindings"))
            .Select(node => Binding(node as JsonObject ?? throw Invalid(path, $"a binding of '{name}' is not an object"), name, path))
            .ToList();
        return new DeclaredFunction(name, Required(function, "scriptFile", path), Required(function, "entryPoint", path), bindings, path);
    }

    private static DeclaredBinding Binding(JsonObject binding, string function, string path)
    {
        var settings = new JsonObject();
        foreach (var (key, value) in binding)
        {
            if (!KnownKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
                settings[key] = value?.DeepClone();
        }

        return new DeclaredBinding(
            Required(binding, "name", path, function), Required(binding, "type", path, function), Required(binding, "direction", path, function), settings);
    }

    private static string Required(JsonObject node, string key, string path, string? function = null) =>
        node[key] is JsonValue value && value.ToString() is { Length: > 0 } text
            ? text
            : throw Invalid(path, function is null ? $"a function has no '{key}'" : $"a binding of '{function}' has no '{key}'");

    private static InvalidOperationException Invalid(string path, string what) => new($"{path}: {what}.");
}
