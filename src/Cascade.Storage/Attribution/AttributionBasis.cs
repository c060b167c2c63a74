using Cascade.Domain.Attribution;

namespace Cascade.Storage.Attribution;

/// <summary>
/// The stored result of one kind as read before computing a new one (<see cref="AttributionStore.BasesAsync"/>): a save
/// or delete given it succeeds only if nothing was written since, so a result computed from facts read after the basis
/// never overwrites a change made in between (an in-place lowering of the open influence among them).
/// </summary>
public sealed class AttributionBasis
{
    internal AttributionBasis(AttributionKind kind, AttributionSummaryEntity? summary)
    {
        Kind = kind;
        Summary = summary;
    }

    public AttributionKind Kind { get; }

    internal AttributionSummaryEntity? Summary { get; }
}
