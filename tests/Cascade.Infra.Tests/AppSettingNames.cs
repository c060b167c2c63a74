using System.Reflection;
using System.Text.RegularExpressions;
using Cascade.App.Configuration;

namespace Cascade.Infra.Tests;

/// <summary>
/// App setting names as the Functions host spells them (<c>Section__Property</c>); a dictionary key is a
/// placeholder written <c>*</c> here, <c>&lt;name&gt;</c> in the docs and <c>${…}</c> in Bicep.
/// </summary>
internal static partial class AppSettingNames
{
    /// <summary>Every setting the code binds from the <c>Cascade</c> section, found by reflection over the options.</summary>
    public static IReadOnlyList<string> OfCascadeOptions() => [.. Walk(typeof(CascadeOptions), CascadeOptions.Section)];

    /// <summary>A name with its placeholders written as <c>*</c>.</summary>
    public static string Normalize(string name) => Placeholder().Replace(name.Trim().Trim('`'), "*");

    /// <summary>The app settings the Bicep files name, normalized.</summary>
    public static IReadOnlySet<string> InBicep(string text) =>
        BicepSetting().Matches(text).Select(m => Normalize(m.Value)).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Walk(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
        {
            var name = $"{prefix}__{property.Name}";
            foreach (var setting in SettingsOf(property.PropertyType, name))
            {
                yield return setting;
            }
        }
    }

    private static IEnumerable<string> SettingsOf(Type type, string name)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (IsLeaf(type))
        {
            return [name];
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return SettingsOf(type.GetGenericArguments()[1], name + "__*");
        }

        return Walk(type, name);
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan);

    [GeneratedRegex(@"<[^>]*>|\$\{[^}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?<![A-Za-z0-9_])(?:Cascade__(?:[A-Za-z0-9_]|\$\{[^}]*\})+|AzureWebJobsStorage(?:__[A-Za-z]+)?|APPLICATIONINSIGHTS_[A-Z_]+)")]
    private static partial Regex BicepSetting();
}
