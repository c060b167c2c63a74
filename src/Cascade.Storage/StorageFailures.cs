using System.Net.Sockets;
using Azure;
using Azure.Identity;

namespace Cascade.Storage;

/// <summary>
/// Tells storage that did not answer (an Azure error, a network failure, a timeout, a credential that could not be
/// obtained) from a bug. The function layer answers the first 503 and the local runtime's listeners wait and try
/// again; anything else propagates. An outage surfaces as the SDK's AggregateException once its retries are spent.
/// </summary>
public static class StorageFailures
{
    public static bool IsStorageFailure(Exception exception) => exception switch
    {
        RequestFailedException or HttpRequestException or TimeoutException or OperationCanceledException
            or AuthenticationFailedException or SocketException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsStorageFailure),
        _ => false,
    };
}
