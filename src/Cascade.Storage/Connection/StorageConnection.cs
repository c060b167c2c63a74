using System.Diagnostics.CodeAnalysis;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;
using Cascade.Storage.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Cascade.Storage.Connection;

/// <summary>
/// Where Cascade's tables and queues live, read from an app setting the way the Functions host reads a
/// <c>Connection</c>: a connection string, or identity-based settings (<c>{name}__accountName</c>, or
/// <c>{name}__tableServiceUri</c> and <c>{name}__queueServiceUri</c>) used with a token credential
/// (<see cref="DefaultAzureCredential"/> unless one is given; <c>{name}__clientId</c> picks a user-assigned
/// managed identity).
/// </summary>
public sealed class StorageConnection
{
    /// <summary>The setting the host uses when a binding names no connection.</summary>
    public const string DefaultName = "AzureWebJobsStorage";

    private StorageConnection(string? connectionString, Uri? tableServiceUri, Uri? queueServiceUri, string? clientId)
    {
        ConnectionString = connectionString;
        TableServiceUri = tableServiceUri;
        QueueServiceUri = queueServiceUri;
        ClientId = clientId;
    }

    /// <summary>Set when the setting is a connection string (Azurite, shared key).</summary>
    public string? ConnectionString { get; }

    /// <summary>Set for identity-based connections.</summary>
    public Uri? TableServiceUri { get; }

    /// <summary>Set for identity-based connections.</summary>
    public Uri? QueueServiceUri { get; }

    /// <summary>The client id of a user-assigned managed identity, when configured.</summary>
    public string? ClientId { get; }

    public bool IsIdentityBased => ConnectionString is null;

    /// <summary>A connection from a connection string (tests, Azurite).</summary>
    public static StorageConnection FromConnectionString(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new StorageConnection(connectionString.Trim(), null, null, null);
    }

    /// <summary>An identity-based connection to explicit service endpoints.</summary>
    public static StorageConnection FromServiceUris(Uri tableServiceUri, Uri queueServiceUri, string? clientId = null)
    {
        ArgumentNullException.ThrowIfNull(tableServiceUri);
        ArgumentNullException.ThrowIfNull(queueServiceUri);
        return new StorageConnection(null, tableServiceUri, queueServiceUri, clientId);
    }

    /// <summary>
    /// Reads the connection named <paramref name="name"/> from flat settings such as
    /// <c>local.settings.json</c> Values or environment variables (keys use <c>__</c> or <c>:</c>).
    /// </summary>
    public static bool TryRead(
        IReadOnlyDictionary<string, string?> settings,
        [NotNullWhen(true)] out StorageConnection? connection,
        [NotNullWhen(false)] out string? error,
        string name = DefaultName)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return StorageConnectionReader.TryRead(key => settings.TryGetValue(key, out var value) ? value : null, name, out connection, out error);
    }

    /// <summary>Reads the connection named <paramref name="name"/> from configuration.</summary>
    public static bool TryRead(
        IConfiguration configuration,
        [NotNullWhen(true)] out StorageConnection? connection,
        [NotNullWhen(false)] out string? error,
        string name = DefaultName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return StorageConnectionReader.TryRead(key => configuration[key], name, out connection, out error);
    }

    /// <summary>The table service client; identity-based connections use <paramref name="credential"/>.</summary>
    public TableServiceClient CreateTableServiceClient(TokenCredential? credential = null)
    {
        var options = new TableClientOptions();
        options.AddPolicy(new StorageOperationPolicy(StorageOperationPolicy.Table), HttpPipelinePosition.PerRetry);
        return ConnectionString is { } cs
            ? new TableServiceClient(cs, options)
            : new TableServiceClient(TableServiceUri!, credential ?? CreateCredential(), options);
    }

    /// <summary>
    /// The queue service client. Messages are always base64: the Functions host's queue trigger expects
    /// that encoding by default (host.json <c>messageEncoding</c>).
    /// </summary>
    public QueueServiceClient CreateQueueServiceClient(TokenCredential? credential = null)
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        options.AddPolicy(new StorageOperationPolicy(StorageOperationPolicy.Queue), HttpPipelinePosition.PerRetry);
        return ConnectionString is { } cs
            ? new QueueServiceClient(cs, options)
            : new QueueServiceClient(QueueServiceUri!, credential ?? CreateCredential(), options);
    }

    private DefaultAzureCredential CreateCredential() =>
        ClientId is null
            ? new DefaultAzureCredential()
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = ClientId });
}
