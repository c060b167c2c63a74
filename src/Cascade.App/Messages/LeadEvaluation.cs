namespace Cascade.App.Messages;

/// <summary>A <c>transitions</c> queue item: re-evaluate this person's lifecycle and score from the stored facts.</summary>
public sealed record LeadEvaluation(string Email);
