namespace Cascade.Functions.People;

/// <summary>The 200 body of POST /api/people/{email}/actions: the lead's stage after and before the action.</summary>
public sealed record SalesActionAnswer(string Email, string? Stage, string? PreviousStage);
