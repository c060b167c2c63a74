namespace Cascade.Domain.Pipeline;

/// <summary>
/// The one home of the rule on undocumented opportunities (domain §6, api.md "Undocumented opportunities"): a CRM
/// version without an amount or a close date is kept, but the deal counts only from its earliest fully documented
/// version.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Versions before the earliest documented one count for nothing.</item>
/// <item>When undocumented versions came first, the documenting version stands for the creation: every counted version
/// is taken as created at the documenting version's <c>updatedAt</c> (never earlier than its own <c>createdAt</c>), so the
/// new pipeline, the pipeline attribution's journey end and "created in [from, to)" all fall at that instant. A deal
/// documented from its first version keeps its <c>createdAt</c>.</item>
/// <item>A later version that leaves out the amount or the close date keeps the last documented value of that field.</item>
/// </list>
/// </remarks>
public static class OpportunityDocumentation
{
    /// <summary>The versions that count, oldest <c>updatedAt</c> first, each complete; none when no version is documented.</summary>
    /// <param name="versions">Every version of one deal, oldest <c>updatedAt</c> first.</param>
    public static IReadOnlyList<Opportunity> Effective(IReadOnlyList<Opportunity> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var first = FirstDocumented(versions);
        if (first < 0)
        {
            return [];
        }

        DateTimeOffset? documentedAt = first == 0 ? null : versions[first].UpdatedAt;
        var effective = new List<Opportunity>(versions.Count - first);
        for (var i = first; i < versions.Count; i++)
        {
            var version = versions[i];
            var previous = effective.Count == 0 ? null : effective[^1];
            effective.Add(version with
            {
                Amount = version.Missing.HasFlag(OpportunityMissingFields.Amount) ? previous!.Amount : version.Amount,
                CloseDate = version.Missing.HasFlag(OpportunityMissingFields.CloseDate) ? previous!.CloseDate : version.CloseDate,
                Missing = OpportunityMissingFields.None,
                CreatedAt = documentedAt is { } at && at > version.CreatedAt ? at : version.CreatedAt,
            });
        }

        return effective;
    }

    /// <summary>The index of the earliest fully documented version; −1 when none is.</summary>
    public static int FirstDocumented(IReadOnlyList<Opportunity> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        for (var i = 0; i < versions.Count; i++)
        {
            if (versions[i].IsDocumented)
            {
                return i;
            }
        }

        return -1;
    }
}
