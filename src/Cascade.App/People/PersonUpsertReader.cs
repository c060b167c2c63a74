using Cascade.App.Ingestion;
using Cascade.App.Validation;
using Cascade.Domain.Identity;

namespace Cascade.App.People;

/// <summary>Reads a <c>POST /api/people</c> body (one object); <c>at</c> defaults to the time of receipt (set by the caller).</summary>
public static class PersonUpsertReader
{
    private static readonly Dictionary<string, PersonOrigin> Origins = new(StringComparer.Ordinal)
    {
        ["import"] = PersonOrigin.Import,
        ["sales"] = PersonOrigin.Sales,
    };

    public static Validated<PersonUpsert> Read(ReadOnlyMemory<byte> body)
    {
        var root = JsonBody.Object(body, IngestionLimits.MaxFormBodyBytes);
        if (!root.IsValid)
        {
            return Validated<PersonUpsert>.Invalid(root.Errors);
        }

        var element = root.Value;
        var errors = new ValidationErrors();
        var f = new JsonFields(element, string.Empty, errors);
        var email = f.Email("email", required: true);
        var profile = ProfileReader.Read(f);
        var accountDomain = f.AccountDomain("accountDomain");
        var origin = f.OneOf("origin", Origins) ?? PersonOrigin.Import;
        var at = f.Instant("at");
        return errors.IsEmpty
            ? Validated<PersonUpsert>.Valid(new PersonUpsert(email!.Value, profile!, accountDomain, origin, at))
            : Validated<PersonUpsert>.Invalid(errors);
    }
}
