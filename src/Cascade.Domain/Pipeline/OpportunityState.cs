namespace Cascade.Domain.Pipeline;

/// <summary>
/// The part of an opportunity's state that the pipeline reports depend on, as it stood after one
/// change of its history.
/// </summary>
public readonly record struct OpportunityState(decimal Amount, DateOnly CloseDate, OpportunityStatus Status, string? Stage)
{
    public bool IsOpen => Status == OpportunityStatus.Open;

    public static OpportunityState Of(Opportunity opportunity) =>
        new(opportunity.Amount, opportunity.CloseDate, opportunity.Status, opportunity.Stage);
}
