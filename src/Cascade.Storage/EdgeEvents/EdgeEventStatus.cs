namespace Cascade.Storage.EdgeEvents;

/// <summary>What the edge knows of an event id.</summary>
public enum EdgeEventStatus
{
    /// <summary>Never recorded: recorded now.</summary>
    New,

    /// <summary>Recorded (so queued) before: a duplicate.</summary>
    Queued,
}
