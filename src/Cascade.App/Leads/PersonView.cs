using Cascade.App.Reads;

namespace Cascade.App.Leads;

/// <summary>
/// <c>GET /api/people/{email}</c>: who the person is, where they stand, their explained score as of now,
/// their stage history and their touches (stitched anonymous ones included), oldest first.
/// </summary>
public sealed record PersonView(
    string Email,
    IReadOnlyList<string> AnonymousIds,
    string? AccountDomain,
    string Stage,
    bool Fan,
    PersonScoreView Score,
    IReadOnlyList<StageChangeView> History,
    IReadOnlyList<TouchView> Touchpoints);
