using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Cascade.LocalRuntime.Tests.HostJson;

/// <summary>
/// An in-memory queue on a fake clock, for watching a listener's calls: how many messages each poll asks for and how
/// many were taken and not yet settled at that moment, the visibility a failed message is handed back with, deletions.
/// Messages are invisible until their visibility ends on the clock, as in Azure Storage.
/// </summary>
public sealed class FakeQueue(string name, TimeProvider time) : QueueClient
{
    private readonly object gate = new();
    private readonly List<Entry> entries = [];
    private readonly HashSet<string> taken = [];
    private int next;

    public override string Name => name;

    public List<(int Requested, int Taken)> Polls { get; } = [];

    public List<TimeSpan> Releases { get; } = [];

    public List<string> Bodies
    {
        get
        {
            lock (gate)
                return entries.Select(e => e.Body.ToString()).ToList();
        }
    }

    public int PollCount
    {
        get
        {
            lock (gate)
                return Polls.Count;
        }
    }

    public void Add(string body)
    {
        lock (gate)
            entries.Add(new Entry((++next).ToString(System.Globalization.CultureInfo.InvariantCulture), BinaryData.FromString(body), time.GetUtcNow()));
    }

    public override Task<Response> CreateIfNotExistsAsync(IDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<Response>(FakeResponse.Ok);

    public override Task<Response<QueueMessage[]>> ReceiveMessagesAsync(int? maxMessages, TimeSpan? visibilityTimeout = null, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            Polls.Add((maxMessages ?? 1, taken.Count));
            var now = time.GetUtcNow();
            var messages = entries.Where(e => e.VisibleAt <= now).Take(maxMessages ?? 1).ToList().Select(e =>
            {
                e.DequeueCount++;
                e.VisibleAt = now + (visibilityTimeout ?? TimeSpan.FromSeconds(30));
                e.PopReceipt = Guid.NewGuid().ToString("N");
                taken.Add(e.Id);
                return QueuesModelFactory.QueueMessage(e.Id, e.PopReceipt, e.Body, e.DequeueCount, e.VisibleAt, e.InsertedOn, e.InsertedOn.AddDays(7));
            }).ToArray();
            return Task.FromResult(Response.FromValue(messages, FakeResponse.Ok));
        }
    }

    public override Task<Response<UpdateReceipt>> UpdateMessageAsync(
        string messageId, string popReceipt, BinaryData? message = null, TimeSpan visibilityTimeout = default, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var entry = entries.Single(e => e.Id == messageId && e.PopReceipt == popReceipt);
            entry.VisibleAt = time.GetUtcNow() + visibilityTimeout;
            entry.PopReceipt = Guid.NewGuid().ToString("N");
            taken.Remove(messageId);
            Releases.Add(visibilityTimeout);
            return Task.FromResult(Response.FromValue(QueuesModelFactory.UpdateReceipt(entry.PopReceipt, entry.VisibleAt), FakeResponse.Ok));
        }
    }

    public override Task<Response> DeleteMessageAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            entries.RemoveAll(e => e.Id == messageId && e.PopReceipt == popReceipt);
            taken.Remove(messageId);
            return Task.FromResult<Response>(FakeResponse.Ok);
        }
    }

    public override Task<Response<SendReceipt>> SendMessageAsync(
        BinaryData message, TimeSpan? visibilityTimeout = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        Add(message.ToString());
        var now = time.GetUtcNow();
        return Task.FromResult(Response.FromValue(QueuesModelFactory.SendReceipt(next.ToString(System.Globalization.CultureInfo.InvariantCulture), now, now.AddDays(7), "", now), FakeResponse.Ok));
    }

    private sealed class Entry(string id, BinaryData body, DateTimeOffset insertedOn)
    {
        public string Id { get; } = id;

        public BinaryData Body { get; } = body;

        public DateTimeOffset InsertedOn { get; } = insertedOn;

        public DateTimeOffset VisibleAt { get; set; } = insertedOn;

        public long DequeueCount { get; set; }

        public string PopReceipt { get; set; } = "";
    }
}
