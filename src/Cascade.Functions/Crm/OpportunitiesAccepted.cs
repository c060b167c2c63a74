namespace Cascade.Functions.Crm;

/// <summary>The 202 body of POST /api/crm/opportunities: states queued, and states older than the stored one.</summary>
public sealed record OpportunitiesAccepted(int Accepted, int Stale);
