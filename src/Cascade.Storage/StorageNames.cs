using System.Text.RegularExpressions;

namespace Cascade.Storage;

/// <summary>
/// The physical names of Cascade's tables and queues. An optional prefix (lower-case letters and digits,
/// starting with a letter) isolates parallel test runs or several workspaces in one storage account.
/// </summary>
public sealed partial record StorageNames
{
    public const string TouchpointsTable = "Touchpoints";
    public const string IdentitiesTable = "Identities";
    public const string AccountsTable = "Accounts";
    public const string PeopleTable = "PeopleByShard";

    /// <summary>
    /// The people's table before the shards (one partition per person): never created, read only where a deployment
    /// from before still holds it (<see cref="People.PersonStore"/>).
    /// </summary>
    public const string LegacyPeopleTable = "People";
    public const string OpportunitiesTable = "Opportunities";
    public const string AttributionTable = "Attribution";
    public const string WaterfallSnapshotsTable = "WaterfallSnapshots";
    public const string EdgeEventsTable = "EdgeEvents";
    public const string LeadFactsTable = "LeadFacts";
    public const string OpportunityLinksTable = "OpportunityLinks";
    public const string PendingEvaluationsTable = "PendingEvaluations";
    public const string AttributionPeriodsTable = "AttributionPeriods";
    public const string SpendTable = "Spend";
    public const string LeadPeriodsTable = "LeadPeriods";
    public const string OpportunityQuartersTable = "OpportunityQuarters";
    public const string CustomersTable = "Customers";
    public const string CustomerFactsTable = "CustomerFacts";

    public static readonly IReadOnlyList<string> Tables =
    [
        TouchpointsTable, IdentitiesTable, AccountsTable, PeopleTable, OpportunitiesTable, AttributionTable,
        WaterfallSnapshotsTable, EdgeEventsTable, LeadFactsTable, OpportunityLinksTable, PendingEvaluationsTable,
        AttributionPeriodsTable,
        SpendTable,
        LeadPeriodsTable,
        OpportunityQuartersTable,
        CustomersTable, CustomerFactsTable,
    ];

    private StorageNames(string prefix) => Prefix = prefix;

    /// <summary>The production names: no prefix.</summary>
    public static StorageNames Default { get; } = new(string.Empty);

    public string Prefix { get; }

    /// <summary>Names with <paramref name="prefix"/>; table names allow only letters and digits, so the prefix does too.</summary>
    /// <exception cref="ArgumentException">The prefix is not 1–20 lower-case letters or digits starting with a letter.</exception>
    public static StorageNames WithPrefix(string prefix)
    {
        if (!PrefixPattern().IsMatch(prefix))
        {
            throw new ArgumentException($"'{prefix}' is not a storage prefix (1–20 lower-case letters or digits, starting with a letter).", nameof(prefix));
        }

        return new StorageNames(prefix);
    }

    /// <summary>The table for one of the <see cref="Tables"/> names.</summary>
    public string Table(string logicalName) => Prefix + logicalName;

    /// <summary>The queue for one of <see cref="Queues.QueueNames"/>' names (including <c>-poison</c> ones).</summary>
    public string Queue(string logicalName) => Prefix.Length == 0 ? logicalName : $"{Prefix}-{logicalName}";

    [GeneratedRegex("^[a-z][a-z0-9]{0,19}$")]
    private static partial Regex PrefixPattern();
}
