namespace Cascade.App.Validation;

/// <summary>
/// The rule for identifiers that a route carries as one path segment: e-mail addresses
/// (<c>/api/people/{email}</c>), opportunity ids (<c>/api/opportunities/{id}/…</c>) and account domains. A client
/// percent-encodes the identifier as one segment, which carries every character but two: <c>/</c> (<c>%2F</c> is
/// left undecoded by the hosts, so the route would see another value) and <c>\</c> (which proxies and hosts may
/// turn into <c>/</c>); and the dot segments <c>.</c> and <c>..</c> are removed from paths. What a route cannot
/// carry is refused at the edge, so every identifier accepted can be read, and a person erased, over HTTP.
/// </summary>
public static class RouteIdentifiers
{
    public const string Problem = "must not contain '/' or '\\' nor be '.' or '..': a route could not address it.";

    public static bool CanCarry(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value is not ("." or "..") && value.IndexOfAny(['/', '\\']) < 0;
    }
}
