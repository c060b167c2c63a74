namespace Cascade.App.Rebuild;

/// <summary>A <c>rebuild</c> queue item: re-derive every read model for the rebuild asked for at <see cref="StartedAt"/>.</summary>
public sealed record RebuildRequest(DateTimeOffset StartedAt);
