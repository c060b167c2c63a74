using System.Text.Json.Serialization;

namespace Cascade.App.Leads;

/// <summary>
/// Why a transition happened: the action (<c>mql_by_score</c>, <c>sales_accept</c>, …) and, only where they
/// apply, the touch, the score, the user, the reason and the opportunity — absent fields are left out so a
/// cause reads as what it is.
/// </summary>
public sealed record TransitionCauseView(
    string Action,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TouchpointId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Score,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? User,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? OpportunityId);
