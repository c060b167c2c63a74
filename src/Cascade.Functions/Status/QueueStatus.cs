namespace Cascade.Functions.Status;

/// <summary>One queue's entry in GET /api/status/queues.</summary>
public sealed record QueueStatus(int ApproximateMessages);
