using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Storage.Tables;

namespace Cascade.Storage.People;

/// <summary>
/// Where one person's rows are: in <c>PeopleByShard</c>, the partition of their e-mail's company under the company's
/// prefix and then their own, so the people of one company are one range; or, in a deployment from before the shards,
/// their own partition of the old <c>People</c> table with no prefix.
/// </summary>
/// <remarks>
/// The company is the e-mail's domain, or the e-mail itself for a free-mail address (whose domain names no company and
/// would gather everyone of a provider in one partition): the account a person is most often attributed under, whose
/// deal's attribution then reads its people's kept parts in one range (<see cref="PersonStore.ScopesAtAsync"/>).
/// </remarks>
internal sealed record PersonRows(string Partition, string Prefix, bool Legacy)
{
    /// <summary>The prefix of the shard partitions: the first hex digit of the SHA-256 of the company follows.</summary>
    private const string ShardPrefix = "p";

    private const string HistoryPrefix = "h:";

    private const string JourneyName = "journey";

    public string Profile => Prefix + "profile";

    public string Journey => Prefix + JourneyName;

    public string History => Prefix + HistoryPrefix;

    /// <summary>The profile's and journey's rows and nothing else of the person: the journey sorts before the profile, the history before both.</summary>
    public (string From, string To) ProfileAndJourney => (Journey, Prefix + "q");

    public static PersonRows Sharded(EmailAddress email)
    {
        var company = CompanyOf(email);
        return new(TableKeys.Bucket(ShardPrefix, company), CompanyPrefix(company) + TableKeys.RangePrefix(TableKeys.Escape(email.Value)), Legacy: false);
    }

    public static PersonRows Old(EmailAddress email) => new(TableKeys.Escape(email.Value), string.Empty, Legacy: true);

    /// <summary>The partition and row prefix of the people whose e-mail is at <paramref name="domain"/> (a company's, not a free-mail provider's).</summary>
    public static (string Partition, string Prefix) AtDomain(string domain) => (TableKeys.Bucket(ShardPrefix, domain), CompanyPrefix(domain));

    /// <summary>Whether <paramref name="email"/>'s rows are among those of the people at <paramref name="domain"/>.</summary>
    public static bool IsAt(EmailAddress email, string domain) => string.Equals(CompanyOf(email), domain, StringComparison.Ordinal);

    // The position breaks ties between transitions of one instant (lost then recycled at the same moment), which
    // the stage names alone would sort alphabetically rather than in the order they were applied.
    public string HistoryRow(StageTransition t, int position) =>
        $"{History}{TableKeys.Instant(t.At)}:{position:D5}:{t.From.ToName()}:{t.To.ToName()}";

    private static string CompanyOf(EmailAddress email) => AccountDomains.Resolve(null, email) ?? email.Value;

    private static string CompanyPrefix(string company) => TableKeys.RangePrefix(TableKeys.Escape(company));
}
