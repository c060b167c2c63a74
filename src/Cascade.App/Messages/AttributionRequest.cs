namespace Cascade.App.Messages;

/// <summary>An <c>attribution</c> queue item: recompute and store this opportunity's attribution.</summary>
public sealed record AttributionRequest(string OpportunityId);
