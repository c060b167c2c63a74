using System.Reflection;
using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.Customers;

/// <summary>
/// The status row of one customer account in the <c>Customers</c> table (see <see cref="CustomerStore"/>): the state,
/// the won deals, the history and the summary of the facts as JSON (a few changes and runs a year, far under a
/// property's 64 KiB).
/// </summary>
public sealed class CustomerStatusEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Domain { get; set; } = string.Empty;
    public string Status { get; set; } = string.Empty;
    public DateTimeOffset? Since { get; set; }
    public DateTimeOffset? LastActivityAt { get; set; }
    public DateTimeOffset? FirstWonAt { get; set; }
    public string WonDeals { get; set; } = "[]";
    public string History { get; set; } = "[]";
    public DateTimeOffset EvaluatedAt { get; set; }

    /// <summary>The facts the row was evaluated from, summarised (<see cref="CustomerSummaryDocument"/>); null when none.</summary>
    public string? Summary { get; set; }

    /// <summary>Whether the customer list holds the account (every row written since the list exists).</summary>
    public bool Listed { get; set; }

    /// <summary>Every column but the version and <see cref="EvaluatedAt"/>: what a write that changes something changes.</summary>
    private static readonly PropertyInfo[] Compared = typeof(CustomerStatusEntity).GetProperties()
        .Where(p => p.Name is not (nameof(Timestamp) or nameof(ETag) or nameof(EvaluatedAt)))
        .ToArray();

    /// <summary>Whether <paramref name="other"/> holds what this row holds in every column but the instant of evaluation.</summary>
    internal bool DiffersOnlyInEvaluatedAt(CustomerStatusEntity other) => Compared.All(p => Equals(p.GetValue(this), p.GetValue(other)));

    /// <summary>The same row under other keys, without a version or the summary only writers read: the standing index's copy of it.</summary>
    internal CustomerStatusEntity FiledAs(string partitionKey, string rowKey)
    {
        var copy = (CustomerStatusEntity)MemberwiseClone();
        copy.PartitionKey = partitionKey;
        copy.RowKey = rowKey;
        copy.ETag = default;
        copy.Timestamp = null;
        copy.Summary = null;
        return copy;
    }
}
