namespace Cascade.Domain.Attribution.Models;

/// <summary>
/// The rule the position-based models share: fixed weights on milestones (a touch that is several gets
/// their sum; an absent milestone gives nothing) and a share split evenly among the touches that are none
/// of the model's milestones (not given when there are none).
/// </summary>
internal static class PositionWeights
{
    public static void Apply(
        Journey journey, Span<double> weights, double othersShare,
        double ft = 0, double lc = 0, double mq = 0, double oc = 0, double cw = 0)
    {
        weights.Clear();
        var mask = Milestones.None;
        Add(journey, weights, Milestones.FT, ft, ref mask);
        Add(journey, weights, Milestones.LC, lc, ref mask);
        Add(journey, weights, Milestones.MQ, mq, ref mask);
        Add(journey, weights, Milestones.OC, oc, ref mask);
        Add(journey, weights, Milestones.CW, cw, ref mask);
        if (othersShare == 0)
        {
            return;
        }

        var milestones = journey.Milestones;
        var others = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if ((milestones[i] & mask) == 0)
            {
                others++;
            }
        }

        if (others == 0)
        {
            return;
        }

        var each = othersShare / others;
        for (var i = 0; i < weights.Length; i++)
        {
            if ((milestones[i] & mask) == 0)
            {
                weights[i] += each;
            }
        }
    }

    private static void Add(Journey journey, Span<double> weights, Milestones milestone, double weight, ref Milestones mask)
    {
        if (weight == 0)
        {
            return;
        }

        mask |= milestone;
        var at = journey.IndexOf(milestone);
        if (at >= 0)
        {
            weights[at] += weight;
        }
    }
}
