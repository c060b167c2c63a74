namespace Cascade.Domain.Attribution;

/// <summary>The wire names of <see cref="Milestones"/>, always in journey order FT, LC, MQ, OC, CW.</summary>
public static class MilestoneNames
{
    private static readonly Milestones[] Order = [Milestones.FT, Milestones.LC, Milestones.MQ, Milestones.OC, Milestones.CW];

    /// <summary>The names of the flags set in <paramref name="milestones"/>, e.g. <c>["LC", "MQ"]</c>.</summary>
    public static IReadOnlyList<string> Of(Milestones milestones)
    {
        var names = new List<string>(2);
        foreach (var m in Order)
        {
            if ((milestones & m) != 0)
            {
                names.Add(m.ToString());
            }
        }

        return names;
    }

    /// <summary>Parses one wire name (<c>"FT"</c>, …), case-insensitive.</summary>
    public static bool TryParse(string? name, out Milestones milestone)
    {
        foreach (var m in Order)
        {
            if (string.Equals(name?.Trim(), m.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                milestone = m;
                return true;
            }
        }

        milestone = Milestones.None;
        return false;
    }
}
