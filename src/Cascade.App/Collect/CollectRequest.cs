namespace Cascade.App.Collect;

/// <summary>What the function layer hands over from a <c>POST /api/collect</c>: the raw body and who sent it.</summary>
/// <param name="Body">The body as sent (JSON, whatever the Content-Type: sendBeacon posts text/plain).</param>
/// <param name="UserAgent">The User-Agent header, for the bot filter.</param>
/// <param name="ClientAddress">The client's address, for the per-address limit.</param>
public sealed record CollectRequest(ReadOnlyMemory<byte> Body, string? UserAgent, string? ClientAddress);
