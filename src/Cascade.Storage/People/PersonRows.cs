using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Storage.Tables;

namespace Cascade.Storage.People;

/// <summary>
/// Where one person's rows are: their shard's partition of <c>PeopleByShard</c> under their own row prefix, or, in a
/// deployment from before the shards, their own partition of the old <c>People</c> table with no prefix.
/// </summary>
internal sealed record PersonRows(string Partition, string Prefix, bool Legacy)
{
    /// <summary>The prefix of the shard partitions: the pending set's shard digit follows, so a sweep's people share one.</summary>
    private const string ShardPrefix = "p";

    private const string HistoryPrefix = "h:";

    public string Profile => Prefix + "profile";

    public string Journey => Prefix + "journey";

    public string History => Prefix + HistoryPrefix;

    /// <summary>The profile's and journey's rows and nothing else of the person: the journey sorts before the profile, the history before both.</summary>
    public (string From, string To) ProfileAndJourney => (Journey, Prefix + "q");

    public static PersonRows Sharded(EmailAddress email) =>
        new(TableKeys.Bucket(ShardPrefix, email.Value), TableKeys.RangePrefix(TableKeys.Escape(email.Value)), Legacy: false);

    public static PersonRows Old(EmailAddress email) => new(TableKeys.Escape(email.Value), string.Empty, Legacy: true);

    // The position breaks ties between transitions of one instant (lost then recycled at the same moment), which
    // the stage names alone would sort alphabetically rather than in the order they were applied.
    public string HistoryRow(StageTransition t, int position) =>
        $"{History}{TableKeys.Instant(t.At)}:{position:D5}:{t.From.ToName()}:{t.To.ToName()}";
}
