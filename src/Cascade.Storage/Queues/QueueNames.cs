namespace Cascade.Storage.Queues;

/// <summary>
/// Cascade's queues (api.md "Queues and timers"). After host.json's <c>maxDequeueCount</c> the host moves
/// a message to <c>&lt;queue&gt;-poison</c>.
/// </summary>
public static class QueueNames
{
    public const string Touchpoints = "touchpoints";
    public const string Opportunities = "opportunities";
    public const string Transitions = "transitions";
    public const string Attribution = "attribution";

    /// <summary>The admin rebuild's one message (<c>POST /api/admin/rebuild</c>), whose run does the whole-store work.</summary>
    public const string Rebuild = "rebuild";

    public static readonly IReadOnlyList<string> Work = [Touchpoints, Opportunities, Transitions, Attribution, Rebuild];

    /// <summary>Every queue, the poison queues included, so that they exist before the first failure.</summary>
    public static readonly IReadOnlyList<string> All = [.. Work, .. Work.Select(Poison)];

    /// <summary>The poison queue of <paramref name="queue"/>, named as the Functions host names it.</summary>
    public static string Poison(string queue) => queue + "-poison";
}
