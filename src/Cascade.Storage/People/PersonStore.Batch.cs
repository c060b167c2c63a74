using Azure.Data.Tables;
using Cascade.Storage.Tables;

namespace Cascade.Storage.People;

public sealed partial class PersonStore
{
    /// <summary>
    /// Writes each change If-Match the version it was decided from (an insert when there was none), as
    /// <see cref="WriteAsync"/> does for one, but the people of one shard partition together: as many people per
    /// entity-group transaction as its 100 operations and 4 MiB take, each person's rows whole in one. Answers each
    /// write's outcome in the order given. A transaction refused for one person's row is submitted again without them;
    /// a person moving from the old table, one whose rows need more than one transaction, and everyone of a transaction
    /// refused for no row it names are left to write alone.
    /// </summary>
    public async Task<IReadOnlyList<PersonWriteOutcome>> WriteManyAsync(
        IReadOnlyList<(PersonSnapshot Read, PersonChange Change)> writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var outcomes = Enumerable.Repeat(PersonWriteOutcome.WriteAlone, writes.Count).ToArray();
        var together = new List<(int Index, PersonWrite Write)>();
        for (var i = 0; i < writes.Count; i++)
        {
            var (read, change) = writes[i];
            if (read.Rows.Legacy)
            {
                continue;
            }

            var write = await ActionsOfAsync(read, change, trustListedHistory: true, cancellationToken);
            if (write.Overflow.Count == 0)
            {
                together.Add((i, write));
            }
        }

        await Parallel.ForEachAsync(
            EntityGroups.Chunk(together, w => w.Write.Atomic),
            new ParallelOptions { MaxDegreeOfParallelism = EntityGroups.Parallelism, CancellationToken = cancellationToken },
            async (transaction, ct) => await SubmitTogetherAsync(transaction, outcomes, ct));
        return outcomes;
    }

    private async Task SubmitTogetherAsync(List<(int Index, PersonWrite Write)> people, PersonWriteOutcome[] outcomes, CancellationToken cancellationToken)
    {
        try
        {
            // Refused for one person's row: they alone lost a race (or wait to write alone), and the others go again.
            await EntityGroups.SubmitWithoutRefusedAsync(
                Table,
                people,
                p => p.Write.Atomic,
                _ => true,
                (p, e) => outcomes[p.Index] = ETagRetry.IsLostRace(e) ? PersonWriteOutcome.LostRace : PersonWriteOutcome.WriteAlone,
                cancellationToken);
            foreach (var (index, _) in people)
                outcomes[index] = PersonWriteOutcome.Written;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Refused for no row it names, or not answered: everyone left writes alone, where each finds their own fault.
        }
    }
}
