using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Cascade.Functions.Storage;

/// <summary>
/// A storage account as the Functions host names it: an app setting that holds either a connection
/// string or, for identity-based access (shared keys are off in Azure), the service URIs or the
/// account name as <c>{name}__queueServiceUri</c>, <c>{name}__tableServiceUri</c>, <c>{name}__accountName</c>.
/// </summary>
public sealed class StorageAccount
{
    public const string DefaultConnectionName = "AzureWebJobsStorage";

    private readonly string? connectionString;
    private readonly Uri? queueServiceUri;
    private readonly Uri? tableServiceUri;

    private StorageAccount(string? connectionString, Uri? queueServiceUri, Uri? tableServiceUri)
    {
        this.connectionString = connectionString;
        this.queueServiceUri = queueServiceUri;
        this.tableServiceUri = tableServiceUri;
    }

    /// <summary>Resolves the setting <paramref name="name"/> the way the host resolves a binding's Connection.</summary>
    public static StorageAccount FromConfiguration(IConfiguration configuration, string name)
    {
        foreach (var key in CandidateKeys(name))
        {
            var section = configuration.GetSection(key);
            if (!string.IsNullOrWhiteSpace(section.Value))
                return new StorageAccount(section.Value, null, null);

            var account = section["accountName"];
            var queues = section["queueServiceUri"] ?? (account is null ? null : $"https://{account}.queue.core.windows.net");
            var tables = section["tableServiceUri"] ?? (account is null ? null : $"https://{account}.table.core.windows.net");
            if (queues is not null || tables is not null)
                return new StorageAccount(null, queues is null ? null : new Uri(queues), tables is null ? null : new Uri(tables));
        }

        throw new InvalidOperationException(
            $"Storage connection '{name}' is not configured: set {name} to a connection string " +
            $"(UseDevelopmentStorage=true for Azurite) or {name}__accountName for identity-based access.");
    }

    // The host tries the AzureWebJobs-prefixed name first, then the name itself and ConnectionStrings.
    private static IEnumerable<string> CandidateKeys(string name)
    {
        if (!name.StartsWith("AzureWebJobs", StringComparison.OrdinalIgnoreCase))
            yield return "AzureWebJobs" + name;
        yield return name;
        yield return "ConnectionStrings:" + name;
    }

    /// <summary>A queue client that reads and writes base64 messages, as the Functions host does.</summary>
    public QueueServiceClient CreateQueueServiceClient()
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        if (connectionString is not null)
            return new QueueServiceClient(connectionString, options);
        return new QueueServiceClient(
            queueServiceUri ?? throw new InvalidOperationException("The storage setting has no queue service URI."),
            new DefaultAzureCredential(), options);
    }

    public TableServiceClient CreateTableServiceClient()
    {
        if (connectionString is not null)
            return new TableServiceClient(connectionString);
        return new TableServiceClient(
            tableServiceUri ?? throw new InvalidOperationException("The storage setting has no table service URI."),
            new DefaultAzureCredential());
    }
}
