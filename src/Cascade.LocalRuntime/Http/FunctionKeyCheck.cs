using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;

namespace Cascade.LocalRuntime.Http;

/// <summary>
/// The key check the Functions host makes before an HTTP function runs: anything above Anonymous
/// needs the key in the <c>x-functions-key</c> header or the <c>code</c> query parameter. Locally the
/// one key is the setting <c>Cascade:ApiKey</c>; without it no keyed route can be called.
/// </summary>
internal sealed class FunctionKeyCheck(IConfiguration configuration)
{
    public const string HeaderName = "x-functions-key";
    public const string QueryName = "code";
    public const string KeySetting = "Cascade:ApiKey";

    public bool IsAllowed(HttpRequest request, AuthorizationLevel level)
    {
        if (level == AuthorizationLevel.Anonymous)
            return true;
        var expected = configuration[KeySetting];
        if (string.IsNullOrEmpty(expected))
            return false;
        string? presented = request.Headers[HeaderName];
        if (string.IsNullOrEmpty(presented))
            presented = request.Query[QueryName];
        return !string.IsNullOrEmpty(presented) && CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
    }
}
