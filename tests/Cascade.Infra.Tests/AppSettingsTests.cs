using Cascade.Storage.Connection;

namespace Cascade.Infra.Tests;

/// <summary>Every setting the code reads is either set by the Bicep files or documented as optional in docs/deploy.md.</summary>
public sealed class AppSettingsTests
{
    // Comments and descriptions name settings too; only code counts as setting one.
    private static readonly string BicepText = string.Join(
        '\n',
        Directory.GetFiles(RepositoryFiles.PathOf("infra"), "*.bicep", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal) && !l.TrimStart().StartsWith("@description", StringComparison.Ordinal)));

    public static TheoryData<string> CodeSettings => [.. AppSettingNames.OfCascadeOptions()];

    [Theory]
    [MemberData(nameof(CodeSettings))]
    public void CascadeSetting_ReadByTheCode_IsSetByBicepOrDocumentedAsOptional(string setting)
    {
        var inBicep = AppSettingNames.InBicep(BicepText);

        Assert.True(
            inBicep.Contains(setting) || DeployDocSettings.Read().IsOptional(setting),
            $"{setting} is read by CascadeOptions but neither set in infra/*.bicep nor listed as optional under '{DeployDocSettings.Heading}' in docs/deploy.md.");
    }

    [Fact]
    public void StorageConnection_InBicep_IsIdentityBased()
    {
        var inBicep = AppSettingNames.InBicep(BicepText);

        Assert.Contains(StorageConnection.DefaultName + "__accountName", inBicep);
        Assert.DoesNotContain(StorageConnection.DefaultName, inBicep);
    }

    [Fact]
    public void DeployDoc_SettingsSaidToBeSetByBicep_AreSetByBicep()
    {
        var inBicep = AppSettingNames.InBicep(BicepText);
        var claimed = DeployDocSettings.Read().SetBy.Where(r => r.Value.Equals("main.bicep", StringComparison.OrdinalIgnoreCase)).Select(r => r.Key).ToList();

        Assert.NotEmpty(claimed);
        Assert.All(claimed, name => Assert.Contains(name, inBicep));
    }

    [Fact]
    public void OfCascadeOptions_Dictionaries_BecomePlaceholders()
    {
        var settings = AppSettingNames.OfCascadeOptions();

        Assert.Contains("Cascade__WebhookSecrets__*", settings);
        Assert.Contains("Cascade__Forms__Definitions__*__RedirectUrl", settings);
        Assert.Contains("Cascade__Forms__AllowedOrigins", settings);
        Assert.DoesNotContain("Cascade__Forms__AllowedOriginList", settings);
    }
}
