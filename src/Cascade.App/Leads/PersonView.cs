using System.Text.Json.Serialization;
using Cascade.App.Customers;
using Cascade.App.Reads;

namespace Cascade.App.Leads;

/// <summary>
/// <c>GET /api/people/{email}</c>: who the person is, where they stand, their explained score as of now,
/// their stage history and their touches (stitched anonymous ones included), oldest first; in a customer account,
/// their own customer status and its history.
/// </summary>
public sealed record PersonView(
    string Email,
    IReadOnlyList<string> AnonymousIds,
    string? AccountDomain,
    string Stage,
    bool Fan,
    PersonScoreView Score,
    IReadOnlyList<StageChangeView> History,
    IReadOnlyList<TouchView> Touchpoints)
{
    /// <summary>The person's customer status and its history when their account is a customer; left out otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CustomerPersonView? Customer { get; init; }
}
