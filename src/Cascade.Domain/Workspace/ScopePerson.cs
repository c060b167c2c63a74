using Cascade.Domain.Lifecycle;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Workspace;

/// <summary>
/// One person's part in an opportunity's scope (<see cref="OpportunityScope"/>): their touches (stitched anonymous ones
/// included) and the touches their lifecycle replay says made them known (<see cref="KnownBy"/>) and MQL
/// (<see cref="MqlBy"/>).
/// </summary>
public sealed record ScopePerson(IReadOnlyList<Touchpoint> Touches, string? KnownBy, string? MqlBy)
{
    /// <summary>The part of the person <paramref name="facts"/> describe, replayed as of <paramref name="asOf"/>.</summary>
    public static ScopePerson Replayed(LeadFacts facts, LeadSettings settings, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Of(facts, LeadReplay.Run(facts, settings, asOf));
    }

    /// <summary>
    /// The part a replay as of <paramref name="asOf"/> gives, when it holds as of every later instant too, so that it
    /// may be kept and read instead of replaying: null when a fact lies after <paramref name="asOf"/>.
    /// </summary>
    /// <remarks>
    /// Both milestones are the <em>first</em> touch of their kind, decided in time order; the maintenance a later
    /// replay adds after <paramref name="asOf"/> (dormancy, recycling) moves the stage, never an earlier first. So
    /// once every fact is at or before <paramref name="asOf"/>, only a new fact can change them, and a new fact brings
    /// a new evaluation.
    /// </remarks>
    public static ScopePerson? Lasting(LeadFacts facts, LeadReplayResult replay, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.LatestAt() is { } latest && latest > asOf ? null : Of(facts, replay);
    }

    private static ScopePerson Of(LeadFacts facts, LeadReplayResult replay) => new(facts.Touches, replay.KnownBy, replay.MqlBy);
}
