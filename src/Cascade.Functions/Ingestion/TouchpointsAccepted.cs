namespace Cascade.Functions.Ingestion;

/// <summary>The 202 body of the touchpoint, form and webhook endpoints: items queued, and items accepted before.</summary>
public sealed record TouchpointsAccepted(int Accepted, int Duplicates);
