using Cascade.Domain.Workspace;

namespace Cascade.App.Reads;

/// <summary>
/// The rules applied to everything the store holds, as of an instant: what the reports read. Reports are a
/// read path, so loading the whole workspace is allowed here and never on an ingestion path.
/// </summary>
public interface IWorkspaceReader
{
    Task<WorkspaceAnalysis> AnalyzeAsync(DateTimeOffset asOf, CancellationToken cancellationToken = default);
}
