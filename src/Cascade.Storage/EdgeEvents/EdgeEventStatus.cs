namespace Cascade.Storage.EdgeEvents;

/// <summary>What the edge knows of an event id.</summary>
public enum EdgeEventStatus
{
    /// <summary>Never seen: recorded now, to be queued.</summary>
    New,

    /// <summary>Seen before but never confirmed queued (the earlier request failed or died): queue it again.</summary>
    Unconfirmed,

    /// <summary>Seen and queued before: a duplicate, not queued again.</summary>
    Queued,
}
