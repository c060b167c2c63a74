using Cascade.Domain.Touchpoints;

namespace Cascade.App.Forms;

/// <summary>
/// How a website form's submissions are recorded (configuration <c>Cascade:Forms:Definitions:&lt;formId&gt;</c>).
/// An unknown form id is a plain <c>form_fill</c> whose campaign is the form id.
/// </summary>
public sealed record FormDefinition(string Type, string? Campaign, Uri? RedirectUrl)
{
    /// <summary>The types a form may record (api.md).</summary>
    public static readonly IReadOnlySet<string> AllowedTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        TouchpointTypes.FormFill, TouchpointTypes.DemoRequest, TouchpointTypes.ContactRequest,
        TouchpointTypes.ContentDownload, TouchpointTypes.WebinarRegistered,
    };

    public static FormDefinition Unknown(string formId) => new(TouchpointTypes.FormFill, formId, null);
}
