using Cascade.Domain.Identity;

namespace Cascade.Storage.Identities;

/// <summary>The outcome of a stitch, the owner afterwards and, for <see cref="StitchOutcome.Replaced"/>, the owner before.</summary>
public sealed record StitchResult(StitchOutcome Outcome, EmailAddress Owner, EmailAddress? PreviousOwner = null)
{
    /// <summary>True when the owner changed: the touches of the anonymous id now belong to another journey.</summary>
    public bool OwnerChanged => Outcome is StitchOutcome.Claimed or StitchOutcome.Replaced;
}
