using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Workspace;

/// <summary>
/// Everything a workspace has recorded: touchpoints (any order), the CRM's opportunity versions (any order: each is
/// kept by its <c>updatedAt</c> and stale ones are ignored by <see cref="OpportunityHistory"/>), sales actions and
/// imports per person.
/// </summary>
public sealed record WorkspaceFacts
{
    public IReadOnlyCollection<Touchpoint> Touchpoints { get; init; } = [];

    public IReadOnlyList<Opportunity> OpportunityUpdates { get; init; } = [];

    public IReadOnlyDictionary<EmailAddress, IReadOnlyList<SalesAction>> SalesActions { get; init; } =
        new Dictionary<EmailAddress, IReadOnlyList<SalesAction>>();

    /// <summary>Profiles imported or entered by sales, per person.</summary>
    public IReadOnlyDictionary<EmailAddress, LeadImport> Imports { get; init; } = new Dictionary<EmailAddress, LeadImport>();
}
