namespace Cascade.Domain.Lifecycle;

/// <summary>What happened to an opportunity that names the person; declared in same-instant processing order.</summary>
public enum OpportunityFactKind
{
    Opened,
    Won,
    Lost,
}
