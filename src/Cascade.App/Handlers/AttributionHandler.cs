using Cascade.App.Messages;
using Cascade.App.Reads;
using Cascade.Domain.Attribution;
using Cascade.Storage.Attribution;

namespace Cascade.App.Handlers;

/// <summary>
/// The <c>attribution</c> queue: computes the pipeline attribution (and the revenue attribution of won deals)
/// of the requested opportunities and stores them, replacing earlier results. The Markov model's shares come
/// from every journey in the store, so the whole workspace is analysed once per message.
/// </summary>
public sealed class AttributionHandler(IWorkspaceReader reader, AttributionStore results, TimeProvider time)
{
    public async Task HandleAsync(string message, CancellationToken cancellationToken = default)
    {
        var envelope = QueueMessages.Decode<AttributionRequest>(message);
        var now = time.GetUtcNow();
        var analysis = await reader.AnalyzeAsync(now, cancellationToken);
        foreach (var id in envelope.Items.Select(i => i.OpportunityId).Distinct(StringComparer.Ordinal))
        {
            foreach (var kind in new[] { AttributionKind.Pipeline, AttributionKind.Revenue })
            {
                if (analysis.Attribute(id, kind).Attribution is { } attribution)
                {
                    await results.SaveAsync(attribution, now, cancellationToken);
                }
            }
        }
    }
}
