namespace Cascade.Storage.People;

/// <summary>
/// What the evaluation that wrote a profile found of the person's facts other than touches and stitches: whether
/// they have lead facts (an import or sales actions) and the opportunities naming them as contact. An evaluation
/// asked for by new touches alone starts from these (and the profile's anonymous ids) instead of reading them again:
/// every writer of those facts asks for a full evaluation (a mark that is not touches-only).
/// </summary>
public sealed record PersonFactsSeen(bool LeadFacts, IReadOnlyList<string> ContactOpportunities)
{
    /// <summary>No lead facts and no opportunity naming the person.</summary>
    public static PersonFactsSeen None { get; } = new(false, []);
}
