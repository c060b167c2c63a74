using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Cascade.LocalRuntime.Configuration;

/// <summary>Resolves <c>%Name%</c> in binding expressions (queue names, schedules) from app settings.</summary>
internal static partial class SettingExpressions
{
    public static string Resolve(string expression, IConfiguration configuration) =>
        Placeholder().Replace(expression, match =>
        {
            var name = match.Groups[1].Value;
            return configuration[name.Replace("__", ":", StringComparison.Ordinal)]
                ?? throw new InvalidOperationException($"The app setting '{name}' used in '{expression}' is not set.");
        });

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex Placeholder();
}
