using System.Reflection;

namespace Cascade.Domain.Tests;

/// <summary>The domain stays pure: no Azure, hosting, DI, logging or I/O-bound framework assembly.</summary>
public sealed class DomainPurityTests
{
    private static readonly string[] ForbiddenPrefixes =
    [
        "Azure", "Microsoft.Azure", "Microsoft.Extensions", "Microsoft.AspNetCore", "System.Net.Http",
        "Newtonsoft", "System.Data",
    ];

    [Fact]
    public void DomainAssembly_References_NoAzureHostingDiOrLoggingAssembly()
    {
        var referenced = typeof(Cascade.Domain.Touchpoints.Touchpoint).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty);

        var offending = referenced.Where(n => ForbiddenPrefixes.Any(p => n.StartsWith(p, StringComparison.Ordinal))).ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void DomainTypes_ExposeNoPublicSetters()
    {
        var setters = typeof(Cascade.Domain.Touchpoints.Touchpoint).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } set
                && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        Assert.Empty(setters);
    }
}
