namespace Cascade.Functions.Storage;

/// <summary>The queues of Cascade's pipeline (api.md, "Queues and timers") and their poison queues.</summary>
public static class CascadeQueues
{
    public const string Touchpoints = "touchpoints";
    public const string Opportunities = "opportunities";
    public const string Transitions = "transitions";
    public const string Attribution = "attribution";

    public static IReadOnlyList<string> All { get; } = [Touchpoints, Opportunities, Transitions, Attribution];

    /// <summary>Where the host moves a message after maxDequeueCount failed attempts.</summary>
    public static string PoisonOf(string queue) => queue + "-poison";
}
