using System.Globalization;
using System.Text.Json;
using Cascade.App.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Cascade.Functions.Http;

/// <summary>
/// Reads a form post's fields whichever way the browser or script encoded them: <c>application/x-www-form-urlencoded</c>
/// (a plain HTML form), <c>multipart/form-data</c> (uploaded files are ignored) or a flat JSON object (strings,
/// numbers and booleans; the first value of a repeated field is kept), read as strictly as every JSON body
/// (<see cref="StrictJson"/>).
/// </summary>
public static class FormFields
{
    public static bool IsSupported(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.HasFormContentType || RequestBody.IsJson(request);
    }

    /// <summary>The fields of <paramref name="body"/> (already read within the limit), or the reason they cannot be read.</summary>
    public static async Task<Validated<IReadOnlyDictionary<string, string>>> ReadAsync(HttpRequest request, byte[] body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        return request.HasFormContentType ? await ReadFormAsync(request, body, cancellationToken) : ReadJson(body);
    }

    private static async Task<Validated<IReadOnlyDictionary<string, string>>> ReadFormAsync(HttpRequest request, byte[] body, CancellationToken cancellationToken)
    {
        // The body was read within the limit already; the form parser reads it again from memory.
        request.Body = new MemoryStream(body, writable: false);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or BadHttpRequestException)
        {
            return Invalid($"is not a readable form: {e.Message}");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in form)
        {
            if (values.Count > 0 && values[0] is { } value)
                fields[name] = value;
        }

        return Validated<IReadOnlyDictionary<string, string>>.Valid(fields);
    }

    private static Validated<IReadOnlyDictionary<string, string>> ReadJson(byte[] body)
    {
        var parsed = StrictJson.Parse(body, maxDepth: 4);
        if (!parsed.IsValid)
            return Validated<IReadOnlyDictionary<string, string>>.Invalid(parsed.Errors);

        var root = parsed.Value;
        if (root.ValueKind != JsonValueKind.Object)
            return Invalid("must be a JSON object of form fields.");

        var errors = new ValidationErrors();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String:
                    fields.TryAdd(property.Name, property.Value.GetString()!);
                    break;
                case JsonValueKind.Number:
                    fields.TryAdd(property.Name, property.Value.GetRawText());
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    fields.TryAdd(property.Name, property.Value.GetBoolean().ToString(CultureInfo.InvariantCulture).ToLowerInvariant());
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    errors.Add(property.Name, "must be a string, a number or a boolean.");
                    break;
            }
        }

        return errors.IsEmpty
            ? Validated<IReadOnlyDictionary<string, string>>.Valid(fields)
            : Validated<IReadOnlyDictionary<string, string>>.Invalid(errors);
    }

    private static Validated<IReadOnlyDictionary<string, string>> Invalid(string message) =>
        Validated<IReadOnlyDictionary<string, string>>.Invalid(ValidationErrors.Of("body", message));
}
