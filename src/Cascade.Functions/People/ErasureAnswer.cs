namespace Cascade.Functions.People;

/// <summary>The 202 body of an erasure: what was removed and which opportunities are being re-attributed.</summary>
public sealed record ErasureAnswer(string Email, int TouchpointsRemoved, int AnonymousIdsForgotten, IReadOnlyList<string> ReattributedOpportunities);
