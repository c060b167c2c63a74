namespace Cascade.Domain.Pipeline;

/// <summary>What one change of an opportunity's history did; one CRM update may do several things.</summary>
[Flags]
public enum OpportunityChangeKind
{
    None = 0,
    Created = 1,
    AmountChanged = 2,
    CloseDateChanged = 4,
    StageChanged = 8,

    /// <summary>Closed won (from open, or corrected from lost).</summary>
    Won = 16,

    /// <summary>Closed lost (from open, or corrected from won).</summary>
    Lost = 32,

    /// <summary>Closed → open.</summary>
    Reopened = 64,
}
