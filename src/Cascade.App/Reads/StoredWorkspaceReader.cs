using Cascade.App.Leads;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Workspace;
using Cascade.Storage.LeadFacts;
using Cascade.Storage.Opportunities;
using Cascade.Storage.Touchpoints;

namespace Cascade.App.Reads;

/// <summary>
/// Loads the whole store (touchpoints, accepted CRM states, lead facts) and applies the rules to it: for the jobs
/// that may (daily maintenance, Markov fit, snapshots) and as the tests' oracle for the read models. No read route
/// reads through it.
/// </summary>
public sealed class StoredWorkspaceReader(
    TouchpointStore touchpoints, OpportunityStore opportunities, LeadFactStore leadFacts, WorkspaceSettings settings) : IWorkspaceReader
{
    public async Task<WorkspaceAnalysis> AnalyzeAsync(DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        var touches = touchpoints.ListAllAsync(cancellationToken);
        var states = opportunities.ListAcceptedStatesAsync(cancellationToken);
        var facts = leadFacts.ListAllAsync(cancellationToken);
        await Task.WhenAll(touches, states, facts);

        var imports = new Dictionary<EmailAddress, LeadImport>();
        var actions = new Dictionary<EmailAddress, IReadOnlyList<SalesAction>>();
        foreach (var person in (await facts).GroupBy(f => f.Email))
        {
            var (import, personActions) = LeadFactCodec.Read(person);
            if (import is not null)
            {
                imports[person.Key] = import;
            }

            if (personActions.Count > 0)
            {
                actions[person.Key] = personActions;
            }
        }

        var workspace = new WorkspaceFacts
        {
            Touchpoints = await touches,
            OpportunityUpdates = await states,
            SalesActions = actions,
            Imports = imports,
        };
        return WorkspaceAnalysis.Build(workspace, settings, asOf);
    }
}
