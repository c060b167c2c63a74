using Microsoft.Azure.Functions.Worker;

namespace Cascade.LocalRuntime.Http;

/// <summary>Endpoint metadata of an HTTP function: its name and the authorization level the key check enforces.</summary>
public sealed record FunctionKeyRequirement(string Function, AuthorizationLevel Level);
