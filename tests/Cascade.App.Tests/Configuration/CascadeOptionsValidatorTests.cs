using Cascade.App.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cascade.App.Tests.Configuration;

public sealed class CascadeOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds() =>
        Assert.True(new CascadeOptionsValidator().Validate(null, new CascadeOptions()).Succeeded);

    [Theory]
    [InlineData("ScoringRules", "{ not json", "Cascade:ScoringRules")]
    [InlineData("ScoringRules", "[]", "Cascade:ScoringRules")]
    [InlineData("ScoringRules", "{\"scoreHalfLifeDays\": 0}", "Cascade:ScoringRules")]
    [InlineData("FiscalYearStartMonth", "13", "Cascade:FiscalYearStartMonth")]
    [InlineData("DormantAfterDays", "0", "Cascade:DormantAfterDays")]
    [InlineData("LookbackDays", "-1", "Cascade:LookbackDays")]
    [InlineData("Currency", "euro", "Cascade:Currency")]
    [InlineData("Pipeline:StageProbabilities:proposal", "1.5", "Cascade:Pipeline:StageProbabilities:proposal")]
    [InlineData("Pipeline:StageProbabilities:proposal", "half", "Cascade:Pipeline:StageProbabilities:proposal")]
    public void Start_BadSetting_StopsWithAMessageNamingIt(string setting, string value, string named)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
                [$"Cascade:{setting}"] = value,
            })
            .Build();
        using var services = new ServiceCollection().AddCascade(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
