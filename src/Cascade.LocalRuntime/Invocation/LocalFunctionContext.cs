using Microsoft.Azure.Functions.Worker;

namespace Cascade.LocalRuntime.Invocation;

/// <summary>
/// The FunctionContext the local runtime passes to functions: invocation and function ids, the
/// invocation's scoped services, items and cancellation. The worker's trace, binding, retry and
/// definition objects are not modelled; Cascade's functions do not read them.
/// </summary>
internal sealed class LocalFunctionContext(
    string functionId, IServiceProvider services, CancellationToken cancellationToken) : FunctionContext
{
    // The key under which the worker's ASP.NET Core integration keeps the HttpContext.
    public const string HttpContextKey = "HttpRequestContext";

    public override string InvocationId { get; } = Guid.NewGuid().ToString();

    public override string FunctionId { get; } = functionId;

    public override IServiceProvider InstanceServices { get; set; } = services;

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override CancellationToken CancellationToken { get; } = cancellationToken;

    public override TraceContext TraceContext => throw Unsupported();

    public override BindingContext BindingContext => throw Unsupported();

    public override RetryContext RetryContext => throw Unsupported();

    public override FunctionDefinition FunctionDefinition => throw Unsupported();

    public override IInvocationFeatures Features => throw Unsupported();

    private static NotSupportedException Unsupported() =>
        new("The local runtime does not model this part of FunctionContext.");
}
