namespace Cascade.Storage.Touchpoints;

/// <summary>How many touchpoints were new and how many were replays of an event id already stored (left untouched).</summary>
public sealed record TouchpointWriteResult(int Inserted, int Duplicates);
