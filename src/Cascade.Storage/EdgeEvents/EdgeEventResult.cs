namespace Cascade.Storage.EdgeEvents;

/// <summary>The status of each event id of a request, in request order.</summary>
public sealed record EdgeEventResult(IReadOnlyList<EdgeEventStatus> Statuses)
{
    /// <summary>Per id: true when it was recorded (so queued) before, or repeats an earlier id of the request.</summary>
    public IReadOnlyList<bool> IsDuplicate => Statuses.Select(s => s == EdgeEventStatus.Queued).ToList();

    public int Accepted => Statuses.Count(s => s != EdgeEventStatus.Queued);

    public int Duplicates => Statuses.Count(s => s == EdgeEventStatus.Queued);
}
