namespace Cascade.Domain.Pipeline;

/// <summary>Whether a CRM opportunity is still being worked, or closed won or lost.</summary>
public enum OpportunityStatus
{
    Open,
    Won,
    Lost,
}
