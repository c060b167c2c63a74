using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Workspace;

/// <summary>
/// What imports and sales entries said of a person: their profiles laid over each other in time order, and
/// the first instant, at which the person became known.
/// </summary>
public sealed record LeadImport(Profile Profile, DateTimeOffset At)
{
    /// <summary>Combines imports: later non-empty fields win, the earliest instant stays.</summary>
    public LeadImport Then(LeadImport later) => new(Profile.Overlay(later.Profile), At <= later.At ? At : later.At);
}
