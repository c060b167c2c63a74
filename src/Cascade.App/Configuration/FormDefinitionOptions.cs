namespace Cascade.App.Configuration;

/// <summary>One form's configuration (<c>Cascade:Forms:Definitions:&lt;formId&gt;</c>).</summary>
public sealed class FormDefinitionOptions
{
    public string? Type { get; set; }

    public string? Campaign { get; set; }

    public string? RedirectUrl { get; set; }
}
