using Cascade.App.Messages;
using Cascade.App.People;
using Cascade.Storage.Queues;

namespace Cascade.App.Ingestion;

/// <summary>
/// Accepts a profile import or sales entry. It needs no edge record: the stored fact's id derives from its
/// content, so a replayed upsert is stored once.
/// </summary>
public sealed class PersonIngestion(QueueSender queue, TimeProvider time)
{
    public async Task<IngestionOutcome> AcceptAsync(PersonUpsert upsert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upsert);
        var now = time.GetUtcNow();
        var fact = new InboundFact(null, PersonDocument.From(upsert, now));
        await queue.SendAsync(QueueNames.Touchpoints, [fact], BatchIds.For("person", now, [upsert.Email.Value]), cancellationToken);
        return new IngestionOutcome(1);
    }
}
