using Microsoft.AspNetCore.Http;

namespace Cascade.Functions.Http;

/// <summary>A request's query string as the read queries take it: the first value of each parameter.</summary>
public static class QueryValues
{
    public static IReadOnlyDictionary<string, string?> Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in request.Query)
            values[name] = value.Count > 0 ? value[0] : null;
        return values;
    }
}
