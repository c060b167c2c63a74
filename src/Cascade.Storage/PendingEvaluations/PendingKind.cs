namespace Cascade.Storage.PendingEvaluations;

/// <summary>What a pending mark asks for: a person's lead evaluation or an opportunity's attribution.</summary>
public enum PendingKind
{
    /// <summary>Re-evaluate a person (key: e-mail); shards <c>s0</c>–<c>sf</c>.</summary>
    Lead,

    /// <summary>Re-attribute an opportunity (key: opportunity id); shards <c>o0</c>–<c>of</c>.</summary>
    Attribution,
}
