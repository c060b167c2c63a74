using System.Diagnostics.CodeAnalysis;

namespace Cascade.Storage.Connection;

/// <summary>
/// The host's lookup order for a connection named <c>N</c>: <c>AzureWebJobsN</c>, then <c>N</c>, then
/// <c>ConnectionStrings:N</c> as a connection string; else the identity-based section <c>N__…</c>.
/// </summary>
internal static class StorageConnectionReader
{
    private const string HostPrefix = "AzureWebJobs";

    public static bool TryRead(
        Func<string, string?> lookup,
        string name,
        [NotNullWhen(true)] out StorageConnection? connection,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        connection = null;
        var names = name.StartsWith(HostPrefix, StringComparison.Ordinal) ? [name] : new[] { HostPrefix + name, name };
        foreach (var key in names.Append("ConnectionStrings:" + name))
        {
            if (lookup(key) is { } value && !string.IsNullOrWhiteSpace(value))
            {
                connection = StorageConnection.FromConnectionString(value);
                error = null;
                return true;
            }
        }

        foreach (var section in names)
        {
            if (TryReadIdentity(lookup, section, out connection, out error))
            {
                return true;
            }

            if (error is not null)
            {
                return false;
            }
        }

        error = $"No storage connection configured: set '{name}' to a connection string, or '{name}__accountName' " +
                $"(or '{name}__tableServiceUri' and '{name}__queueServiceUri') for an identity-based connection.";
        return false;
    }

    // error stays null when the section is simply absent, so the next candidate is tried.
    private static bool TryReadIdentity(Func<string, string?> lookup, string section, [NotNullWhen(true)] out StorageConnection? connection, out string? error)
    {
        connection = null;
        error = null;
        var account = Setting(lookup, section, "accountName");
        var tables = Setting(lookup, section, "tableServiceUri");
        var queues = Setting(lookup, section, "queueServiceUri");
        var clientId = Setting(lookup, section, "clientId");
        if (account is null && tables is null && queues is null)
        {
            return false;
        }

        if (account is not null)
        {
            tables ??= $"https://{account}.table.core.windows.net";
            queues ??= $"https://{account}.queue.core.windows.net";
        }

        if (!Uri.TryCreate(tables, UriKind.Absolute, out var tableUri) || !Uri.TryCreate(queues, UriKind.Absolute, out var queueUri))
        {
            error = $"'{section}' is identity-based but needs both a table and a queue service URI (or '{section}__accountName').";
            return false;
        }

        connection = StorageConnection.FromServiceUris(tableUri, queueUri, clientId);
        return true;
    }

    private static string? Setting(Func<string, string?> lookup, string section, string key)
    {
        var value = lookup($"{section}__{key}") ?? lookup($"{section}:{key}");
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
