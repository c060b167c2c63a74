namespace Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property)]
public abstract class OutputBindingAttribute : BindingAttribute
{
    // Public as in the worker (an abstract class's implicit constructor would be protected).
    public OutputBindingAttribute()
    {
    }
}
