namespace Cascade.LocalRuntime.Metadata;

/// <summary>
/// One function as the worker SDK's generated <c>functions.metadata</c> declares it: the host's own source of
/// truth for which functions exist and how they are triggered.
/// </summary>
/// <param name="Name">The function name.</param>
/// <param name="ScriptFile">The assembly, relative to the metadata file.</param>
/// <param name="EntryPoint">The method, <c>Namespace.Type.Method</c>.</param>
/// <param name="Bindings">The trigger and every input and output binding, in the file's order.</param>
/// <param name="Source">The metadata file it was read from (for messages).</param>
public sealed record DeclaredFunction(string Name, string ScriptFile, string EntryPoint, IReadOnlyList<DeclaredBinding> Bindings, string Source);
