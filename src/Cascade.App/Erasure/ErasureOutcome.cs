namespace Cascade.App.Erasure;

/// <summary>What an erasure found.</summary>
public enum ErasureOutcome
{
    /// <summary>The person's data was there and is gone.</summary>
    Erased,

    /// <summary>Nothing was stored about the person (never seen, or erased before).</summary>
    UnknownPerson,
}
