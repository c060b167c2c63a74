namespace Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

[AttributeUsage(AttributeTargets.Parameter)]
public abstract class TriggerBindingAttribute : BindingAttribute
{
    // Public as in the worker (an abstract class's implicit constructor would be protected).
    public TriggerBindingAttribute()
    {
    }
}
