using Cascade.App.Forms;

namespace Cascade.App.Configuration;

/// <summary>Website forms: which origins may post (CORS) and how each form's submissions are recorded.</summary>
public sealed class FormsOptions
{
    /// <summary>Origins allowed to post forms and page views, separated by commas or semicolons (e.g. <c>https://www.acme.com</c>).</summary>
    public string? AllowedOrigins { get; set; }

    public Dictionary<string, FormDefinitionOptions> Definitions { get; set; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> AllowedOriginList =>
        (AllowedOrigins ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The definition of <paramref name="formId"/>; an unknown form is a plain form fill (api.md).</summary>
    public FormDefinition DefinitionOf(string formId) =>
        Definitions.TryGetValue(formId, out var d)
            ? new FormDefinition(
                FormDefinition.AllowedTypes.Contains(d.Type ?? string.Empty) ? d.Type! : Domain.Touchpoints.TouchpointTypes.FormFill,
                d.Campaign ?? formId,
                Uri.TryCreate(d.RedirectUrl, UriKind.Absolute, out var redirect) ? redirect : null)
            : FormDefinition.Unknown(formId);
}
