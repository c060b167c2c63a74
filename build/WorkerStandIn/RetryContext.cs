namespace Microsoft.Azure.Functions.Worker;

// Declared because FunctionContext exposes it; Cascade uses none of its members.
public abstract class RetryContext
{
}
