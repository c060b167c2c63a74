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
            Transactions(together),
            new ParallelOptions { MaxDegreeOfParallelism = EntityGroups.Parallelism, CancellationToken = cancellationToken },
            async (transaction, ct) => await SubmitTogetherAsync(transaction, outcomes, ct));
        return outcomes;
    }

    /// <summary>People's writes packed per partition into transactions of whole people, in the order given.</summary>
    private static IEnumerable<List<(int Index, PersonWrite Write)>> Transactions(IEnumerable<(int Index, PersonWrite Write)> writes)
    {
        foreach (var partition in writes.GroupBy(w => w.Write.Atomic[0].Entity.PartitionKey, StringComparer.Ordinal))
        {
            var chunk = new List<(int, PersonWrite)>();
            var (actions, bytes) = (0, 0L);
            foreach (var write in partition)
            {
                var size = write.Write.Atomic.Sum(TransactionBodySize.Of);
                if (chunk.Count > 0 && (actions + write.Write.Atomic.Count > TableLimits.MaxTransactionActions || bytes + size > TableLimits.MaxTransactionBytes))
                {
                    yield return chunk;
                    chunk = [];
                    (actions, bytes) = (0, 0L);
                }

                chunk.Add(write);
                actions += write.Write.Atomic.Count;
                bytes += size;
            }

            yield return chunk;
        }
    }

    private async Task SubmitTogetherAsync(List<(int Index, PersonWrite Write)> people, PersonWriteOutcome[] outcomes, CancellationToken cancellationToken)
    {
        while (people.Count > 0)
        {
            try
            {
                await Table.SubmitTransactionAsync(people.SelectMany(p => p.Write.Atomic), cancellationToken);
                foreach (var (index, _) in people)
                    outcomes[index] = PersonWriteOutcome.Written;
                return;
            }
            catch (TableTransactionFailedException e) when (e.FailedTransactionActionIndex is { } failed && OwnerOf(people, failed) is { } owner)
            {
                // Only this person's row refused the transaction: they alone lost a race (or wait to write alone).
                outcomes[people[owner].Index] = ETagRetry.IsLostRace(e) ? PersonWriteOutcome.LostRace : PersonWriteOutcome.WriteAlone;
                people.RemoveAt(owner);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Refused for no row it names, or not answered: everyone of it writes alone, where each finds their own fault.
                return;
            }
        }
    }

    private static int? OwnerOf(List<(int Index, PersonWrite Write)> people, int action)
    {
        for (var i = 0; i < people.Count; i++)
        {
            if (action < people[i].Write.Atomic.Count)
            {
                return i;
            }

            action -= people[i].Write.Atomic.Count;
        }

        return null;
    }
}
