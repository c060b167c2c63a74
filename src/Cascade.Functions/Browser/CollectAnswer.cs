namespace Cascade.Functions.Browser;

/// <summary>The body of a 202 from POST /api/collect, shaped like the other ingestion answers.</summary>
public sealed record CollectAnswer(int Accepted, int Duplicates);
