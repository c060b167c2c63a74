using Azure.Core;
using Azure.Core.Pipeline;

namespace Cascade.Storage.Diagnostics;

/// <summary>
/// Counts each attempt of a storage request on <see cref="StorageOperations"/> (attempts, because a retried
/// request is billed again). The operation is read from the method and path alone, so counting costs no I/O:
/// tables <c>batch</c>, <c>query</c>, <c>read</c> (a point read), <c>insert</c>, <c>upsert</c>, <c>merge</c>,
/// <c>delete</c>, <c>table</c> (create, list); queues <c>put</c>, <c>receive</c>, <c>peek</c>, <c>delete</c>,
/// <c>update</c>, <c>clear</c>, <c>properties</c> (the approximate message count), <c>queue</c> (create, delete).
/// </summary>
public sealed class StorageOperationPolicy(string service) : HttpPipelineSynchronousPolicy
{
    public const string Table = "table";

    public const string Queue = "queue";

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var request = message.Request;
        var operation = service == Table
            ? TableOperation(request.Method, request.Uri.Path)
            : QueueOperation(request.Method, request.Uri.Path, request.Uri.Query);
        StorageOperations.Counter.Add(
            1,
            new KeyValuePair<string, object?>("service", service),
            new KeyValuePair<string, object?>("operation", operation),
            new KeyValuePair<string, object?>("resource", ResourceOf(service, request.Uri.Path)),
            new KeyValuePair<string, object?>("caller", StorageOperations.Caller ?? "host"));
    }

    /// <summary>
    /// The table (<c>/People(PartitionKey='a',RowKey='b')</c>, <c>/People()</c>; <c>$batch</c> names none) or queue
    /// (<c>/touchpoints/messages/{id}</c>) a request's path names, whatever account segment precedes it.
    /// </summary>
    public static string ResourceOf(string service, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (service == Table)
        {
            var resource = LastSegment(path);
            var parenthesis = resource.IndexOf('(', StringComparison.Ordinal);
            return parenthesis < 0 ? resource : resource[..parenthesis];
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var messages = Array.FindLastIndex(segments, s => s.Equals("messages", StringComparison.Ordinal));
        return messages > 0 ? segments[messages - 1] : segments.LastOrDefault() ?? "";
    }

    /// <summary>The operation of a Table service request (path without the account, e.g. <c>/People(PartitionKey='a',RowKey='b')</c>).</summary>
    public static string TableOperation(RequestMethod method, string path)
    {
        var resource = LastSegment(path);
        if (resource.Equals("$batch", StringComparison.Ordinal))
            return "batch";
        if (resource.StartsWith("Tables", StringComparison.Ordinal))
            return "table";
        var isEntity = resource.Contains("PartitionKey=", StringComparison.Ordinal) && resource.Contains("RowKey=", StringComparison.Ordinal);
        if (method == RequestMethod.Get)
            return isEntity ? "read" : "query";
        if (method == RequestMethod.Post)
            return "insert";
        if (method == RequestMethod.Put)
            return "upsert";
        if (method == RequestMethod.Delete)
            return "delete";
        return method.Method is "MERGE" or "PATCH" ? "merge" : method.Method.ToLowerInvariant();
    }

    /// <summary>The operation of a Queue service request (e.g. <c>/touchpoints/messages/{id}</c>).</summary>
    public static string QueueOperation(RequestMethod method, string path, string query)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var messages = Array.FindLastIndex(segments, s => s.Equals("messages", StringComparison.Ordinal));
        if (messages < 0)
            return method == RequestMethod.Get && query.Contains("comp=metadata", StringComparison.OrdinalIgnoreCase) ? "properties" : "queue";
        var single = messages < segments.Length - 1;
        if (method == RequestMethod.Post)
            return "put";
        if (method == RequestMethod.Get)
            return query.Contains("peekonly=true", StringComparison.OrdinalIgnoreCase) ? "peek" : "receive";
        if (method == RequestMethod.Delete)
            return single ? "delete" : "clear";
        return method == RequestMethod.Put ? "update" : method.Method.ToLowerInvariant();
    }

    private static string LastSegment(string path)
    {
        var trimmed = path.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return Uri.UnescapeDataString(slash < 0 ? trimmed : trimmed[(slash + 1)..]);
    }
}
