using Cascade.App.Ingestion;
using Cascade.App.Validation;
using Cascade.Domain.Identity;

namespace Cascade.App.People;

/// <summary>Reads a <c>POST /api/people</c> body; <c>at</c> defaults to the time of receipt (set by the caller).</summary>
public static class PersonUpsertReader
{
    private static readonly Dictionary<string, PersonOrigin> Origins = new(StringComparer.Ordinal)
    {
        ["import"] = PersonOrigin.Import,
        ["sales"] = PersonOrigin.Sales,
    };

    public static Validated<PersonUpsert> Read(ReadOnlyMemory<byte> body)
    {
        var items = JsonBody.Items(body, maxItems: 1, IngestionLimits.MaxFormBodyBytes);
        if (!items.IsValid)
        {
            return Validated<PersonUpsert>.Invalid(items.Errors);
        }

        var element = items.Value![0];
        var errors = new ValidationErrors();
        var f = new JsonFields(element, string.Empty, errors);
        var email = f.Email("email", required: true);
        var profile = ProfileReader.Read(f);
        var accountDomain = f.Text("accountDomain", maxLength: 253);
        var origin = f.OneOf("origin", Origins) ?? PersonOrigin.Import;
        var at = f.Instant("at");
        return errors.IsEmpty
            ? Validated<PersonUpsert>.Valid(new PersonUpsert(email!.Value, profile!, AccountDomains.Normalize(accountDomain), origin, at))
            : Validated<PersonUpsert>.Invalid(errors);
    }
}
