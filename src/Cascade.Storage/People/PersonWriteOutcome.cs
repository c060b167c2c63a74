namespace Cascade.Storage.People;

/// <summary>What <see cref="PersonStore.WriteManyAsync"/> did with one person's write.</summary>
public enum PersonWriteOutcome
{
    /// <summary>Stored, in a transaction with others of the person's shard.</summary>
    Written,

    /// <summary>The profile changed since it was read (412), or someone else created it first (409): read and decide again.</summary>
    LostRace,

    /// <summary>Not written: write it alone (<see cref="PersonStore.WriteAsync"/>), which says why it fails if it does.</summary>
    WriteAlone,
}
