namespace Cascade.Storage.EdgeEvents;

/// <summary>For each event id given, in order, whether it had been accepted before (a duplicate).</summary>
public sealed record EdgeEventResult(IReadOnlyList<bool> IsDuplicate)
{
    public int Accepted => IsDuplicate.Count(d => !d);

    public int Duplicates => IsDuplicate.Count(d => d);
}
