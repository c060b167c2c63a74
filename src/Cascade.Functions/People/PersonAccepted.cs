namespace Cascade.Functions.People;

/// <summary>The 202 body of POST /api/people.</summary>
public sealed record PersonAccepted(int Accepted);
