namespace Cascade.Storage.Attribution;

/// <summary>
/// What a pipeline result keeps of marketing's influence on the deal while open: <see cref="From"/>, the first marketing
/// touch of its journey's people after the deal's counted creation <see cref="CreatedAt"/>
/// (<see cref="Domain.Pipeline.OpenInfluence.FirstTouch"/>; null when none), found with the CRM version of
/// <see cref="VersionAt"/> (its <c>updatedAt</c>) as the current one. A later touch lowers <see cref="From"/> in place
/// (<see cref="AttributionStore.LowerOpenInfluenceAsync"/>) only while both are still what the lowering was decided
/// against: another creation or another version can change who is in the journey.
/// </summary>
public sealed record OpenInfluenceMark(DateTimeOffset CreatedAt, DateTimeOffset VersionAt, DateTimeOffset? From)
{
    /// <summary><paramref name="from"/> as found against <paramref name="history"/>: its counted creation and its current version.</summary>
    public static OpenInfluenceMark Of(Domain.Pipeline.OpportunityHistory history, DateTimeOffset? from)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new(history.Timeline[0].At, history.Current!.UpdatedAt, from);
    }
}
