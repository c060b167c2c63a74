namespace Cascade.App.Ingestion;

/// <summary>
/// What the edge did with a request once its items are durably queued: <see cref="Accepted"/> items queued,
/// <see cref="Duplicates"/> event ids accepted before, <see cref="Stale"/> CRM versions the domain knows to be stale when posted (dated before their <c>createdAt</c>).
/// </summary>
public sealed record IngestionOutcome(int Accepted, int Duplicates = 0, int Stale = 0);
