using System.ComponentModel;

namespace Cascade.LocalRuntime.Invocation;

/// <summary>Converts route values, query values and binding data to a parameter's type.</summary>
internal static class SimpleValues
{
    public static bool IsSimple(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal)
            || underlying == typeof(Guid) || underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset)
            || underlying == typeof(TimeSpan) || underlying == typeof(DateOnly);
    }

    public static object? Convert(object? value, Type type)
    {
        if (value is null)
            return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
        if (type.IsInstanceOfType(value))
            return value;
        var text = System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
        return TypeDescriptor.GetConverter(type).ConvertFromInvariantString(text!);
    }
}
