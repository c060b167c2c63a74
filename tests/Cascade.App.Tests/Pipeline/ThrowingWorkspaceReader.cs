using Cascade.App.Reads;
using Cascade.Domain.Workspace;

namespace Cascade.App.Tests.Pipeline;

/// <summary>A whole-store reader that fails when asked: registered where the ingestion path must never load the whole store.</summary>
internal sealed class ThrowingWorkspaceReader : IWorkspaceReader
{
    public Task<WorkspaceAnalysis> AnalyzeAsync(DateTimeOffset asOf, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The whole store was read on an ingestion path.");
}
