using System.Globalization;
using System.Text.Json;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Opportunities;

public sealed partial class OpportunityStore
{
    private const string DateFormat = "yyyy-MM-dd";

    private static OpportunityEntity ToEntity(Opportunity o, string rowKey) => new()
    {
        PartitionKey = PartitionOf(o.OpportunityId),
        RowKey = rowKey,
        OpportunityId = o.OpportunityId,
        Name = TableLimits.CheckString(o.Name, nameof(o.Name)),
        AccountDomain = o.AccountDomain,
        ContactEmails = TableLimits.CheckString(JsonSerializer.Serialize(o.ContactEmails.Select(e => e.Value)), nameof(o.ContactEmails))!,
        // A field the version left out is stored empty (domain §6: the deal is undocumented until a version has both).
        Amount = o.Missing.HasFlag(OpportunityMissingFields.Amount) ? string.Empty : o.Amount.ToString(CultureInfo.InvariantCulture),
        Stage = o.Stage,
        Owner = o.Owner,
        CloseDate = o.Missing.HasFlag(OpportunityMissingFields.CloseDate) ? string.Empty : o.CloseDate.ToString(DateFormat, CultureInfo.InvariantCulture),
        Status = o.Status.ToString().ToLowerInvariant(),
        CreatedAt = o.CreatedAt,
        ClosedAt = o.ClosedAt,
        UpdatedAt = o.UpdatedAt,
        Type = o.Type?.ToName(),
    };

    /// <summary>
    /// <paramref name="versions"/> as compressed parts of their columns, for a row that keeps a deal's versions beside
    /// another table's keys; null when they need more than <paramref name="maxParts"/>.
    /// </summary>
    internal static IReadOnlyList<byte[]>? Encode(IReadOnlyList<Opportunity> versions, int maxParts) =>
        CompressedParts.Encode(versions.Select(v => ToEntity(v, RowKeyOf(v))).ToList(), maxParts);

    /// <summary>The versions <see cref="Encode"/> cut into <paramref name="parts"/>.</summary>
    internal static IReadOnlyList<Opportunity> Decode(IEnumerable<byte[]> parts) =>
        CompressedParts.Decode<List<OpportunityEntity>>(parts).Select(ToDomain).ToList();

    private static Opportunity ToDomain(OpportunityEntity e) => new()
    {
        OpportunityId = e.OpportunityId,
        Name = e.Name,
        AccountDomain = e.AccountDomain,
        ContactEmails = (JsonSerializer.Deserialize<string[]>(e.ContactEmails) ?? []).Select(EmailAddress.Parse).ToList(),
        Amount = e.Amount.Length == 0 ? 0m : decimal.Parse(e.Amount, NumberStyles.Number, CultureInfo.InvariantCulture),
        Stage = e.Stage,
        Owner = e.Owner,
        CloseDate = e.CloseDate.Length == 0 ? default : DateOnly.ParseExact(e.CloseDate, DateFormat, CultureInfo.InvariantCulture),
        Missing = (e.Amount.Length == 0 ? OpportunityMissingFields.Amount : OpportunityMissingFields.None)
            | (e.CloseDate.Length == 0 ? OpportunityMissingFields.CloseDate : OpportunityMissingFields.None),
        Status = Enum.Parse<OpportunityStatus>(e.Status, ignoreCase: true),
        CreatedAt = e.CreatedAt.ToUniversalTime(),
        ClosedAt = e.ClosedAt?.ToUniversalTime(),
        UpdatedAt = e.UpdatedAt.ToUniversalTime(),
        Type = OpportunityTypes.TryParse(e.Type, out var type) ? type : null,
    };
}
