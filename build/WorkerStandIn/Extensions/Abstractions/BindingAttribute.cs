namespace Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

[AttributeUsage(AttributeTargets.Method)]
public abstract class BindingAttribute : Attribute
{
    // Public as in the worker (an abstract class's implicit constructor would be protected).
    public BindingAttribute()
    {
    }
}
