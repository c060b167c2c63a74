namespace Cascade.App.Reports.Undocumented;

/// <summary>
/// One deal no CRM version documents yet (api.md "Undocumented opportunities"), as its latest version states it:
/// <see cref="Missing"/> names what that version leaves out; <see cref="AgeDays"/> counts whole days since its creation.
/// </summary>
public sealed record UndocumentedOpportunityView(
    string OpportunityId,
    string? Name,
    string? AccountDomain,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> Missing,
    int AgeDays);
