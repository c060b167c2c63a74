using Cascade.Domain.Attribution;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Tests.Attribution;

/// <summary>
/// A stand-in for the lifecycle replay in attribution tests: per person, the earliest touch carrying their
/// e-mail made them known and the earliest hand-raiser touch made them an MQL (MQL by score is ignored).
/// </summary>
internal static class HandRaiserMilestoneFacts
{
    public static LeadMilestoneFacts From(TouchpointIndex index)
    {
        var known = new List<string>();
        var mql = new List<string>();
        foreach (var person in index.People)
        {
            var touches = index.TouchesOf(person);
            if (touches.FirstOrDefault(t => t.Email == person) is { } identified)
            {
                known.Add(identified.EventId);
            }

            if (touches.FirstOrDefault(t => TouchpointTypes.IsHandRaiser(t.Type)) is { } handRaiser)
            {
                mql.Add(handRaiser.EventId);
            }
        }

        return LeadMilestoneFacts.Create(known, mql);
    }
}
