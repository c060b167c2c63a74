using Microsoft.AspNetCore.Http;

namespace Cascade.Functions.Browser;

/// <summary>
/// The client's address for rate limiting. Behind Azure's front end the connection comes from the platform, which
/// appends the client's address to X-Forwarded-For: the last entry is the one it added (earlier ones are the
/// client's own claims). Without the header (the local runtime) it is the connection's address.
/// </summary>
public static class ClientAddress
{
    public static string? Of(HttpRequest request)
    {
        var forwarded = request.Headers["X-Forwarded-For"].ToString();
        if (!string.IsNullOrWhiteSpace(forwarded))
        {
            var last = forwarded.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            if (!string.IsNullOrEmpty(last))
                return last;
        }

        return request.HttpContext.Connection.RemoteIpAddress?.ToString();
    }
}
