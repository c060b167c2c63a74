using Azure.Core;
using Azure.Core.Pipeline;

namespace Cascade.Testing.Storage;

/// <summary>
/// A table-client policy that records every request (method and path) and can hold the first one that matches a
/// predicate until released: to count what a step reads, and to interleave two steps at a chosen request.
/// </summary>
public sealed class TableRequests : HttpPipelinePolicy
{
    private readonly List<string> _seen = [];
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Func<string, bool>? _hold;

    /// <summary>The requests seen so far, as <c>{method} {path}</c>, path unescaped.</summary>
    public IReadOnlyList<string> Seen
    {
        get
        {
            lock (_seen)
                return [.. _seen];
        }
    }

    /// <summary>Forgets the requests seen so far.</summary>
    public void Clear()
    {
        lock (_seen)
            _seen.Clear();
    }

    /// <summary>Holds the next request whose <c>{method} {path}</c> matches, until <see cref="Release"/>; answers when it is held.</summary>
    public Task HoldNext(Func<string, bool> matches)
    {
        _hold = matches;
        return _held.Task;
    }

    public void Release() => _release.TrySetResult();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("Cascade's table calls are asynchronous.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var request = $"{message.Request.Method} {Uri.UnescapeDataString(message.Request.Uri.ToUri().AbsolutePath)}";
        lock (_seen)
            _seen.Add(request);
        if (_hold is { } hold && hold(request) && Interlocked.Exchange(ref _hold, null) is not null)
        {
            _held.TrySetResult();
            await _release.Task;
        }

        await ProcessNextAsync(message, pipeline);
    }
}
