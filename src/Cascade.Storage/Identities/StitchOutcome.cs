namespace Cascade.Storage.Identities;

/// <summary>What a stitch did to the owner of an anonymous id.</summary>
public enum StitchOutcome
{
    /// <summary>The anonymous id had no owner; now it is the given e-mail's.</summary>
    Claimed,

    /// <summary>Already owned by the same e-mail (a replay, or earlier evidence for the same owner).</summary>
    AlreadyOwned,

    /// <summary>The stitch is earlier than the stored one, so its e-mail takes the anonymous id over.</summary>
    Replaced,

    /// <summary>Another e-mail was stitched earlier and keeps the anonymous id.</summary>
    KeptByEarlier,
}
