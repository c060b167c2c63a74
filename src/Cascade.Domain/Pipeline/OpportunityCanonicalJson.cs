using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Cascade.Domain.Pipeline;

/// <summary>
/// The canonical JSON of a CRM version (domain §6): its fields as Cascade read them, keys sorted, no whitespace,
/// absent values left out, instants in UTC (<c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>), the amount without trailing zeros
/// (25000 and 25000.0 are one amount). Two versions with the same canonical JSON are the same version.
/// </summary>
public static class OpportunityCanonicalJson
{
    public static string Of(Opportunity version)
    {
        ArgumentNullException.ThrowIfNull(version);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            json.WriteStartObject();
            WriteIfAny(json, "accountDomain", version.AccountDomain);
            if (!version.Missing.HasFlag(OpportunityMissingFields.Amount))
            {
                json.WriteNumber("amount", version.Amount / 1.0000000000000000000000000000m);
            }

            if (!version.Missing.HasFlag(OpportunityMissingFields.CloseDate))
            {
                json.WriteString("closeDate", version.CloseDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (version.ClosedAt is { } closedAt)
            {
                json.WriteString("closedAt", Instant(closedAt));
            }

            json.WriteStartArray("contactEmails");
            foreach (var email in version.ContactEmails)
            {
                json.WriteStringValue(email.Value);
            }

            json.WriteEndArray();
            json.WriteString("createdAt", Instant(version.CreatedAt));
            WriteIfAny(json, "name", version.Name);
            json.WriteString("opportunityId", version.OpportunityId);
            WriteIfAny(json, "owner", version.Owner);
            WriteIfAny(json, "stage", version.Stage);
            json.WriteString("status", version.Status.ToString().ToLowerInvariant());
            if (version.Type is { } type)
            {
                json.WriteString("type", type.ToName());
            }

            json.WriteString("updatedAt", Instant(version.UpdatedAt));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteIfAny(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
