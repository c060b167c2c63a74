namespace Cascade.Domain.Pipeline;

/// <summary>
/// One opportunity open and in scope at an instant (<see cref="OpenPipeline"/>): its state then, when it was created
/// (its counted creation), since when it has been in its stage, and when its stage or amount last changed.
/// </summary>
public sealed record OpenDeal(
    string OpportunityId,
    string? Name,
    OpportunityState State,
    DateTimeOffset CreatedAt,
    DateTimeOffset StageSince,
    DateTimeOffset LastChangeAt)
{
    /// <summary>Whole and fractional days from <paramref name="from"/> to <paramref name="asOf"/>.</summary>
    public static decimal Days(DateTimeOffset from, DateTimeOffset asOf) => (decimal)(asOf - from).Ticks / TimeSpan.TicksPerDay;
}
