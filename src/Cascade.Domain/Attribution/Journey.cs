using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Attribution;

/// <summary>
/// The touches credited for one opportunity (domain §5), in <see cref="Touchpoint.Chronological"/> order,
/// with their milestones.
/// <list type="bullet">
/// <item>Window: [creation − lookback, end], both ends included; end is the creation instant for pipeline and
/// the close instant for revenue.</item>
/// <item>Revenue needs a won opportunity; its close instant is <see cref="Opportunity.ClosedAt"/>, else (a CRM
/// that sent no close instant) the last instant of the UTC close date.</item>
/// <item>FT first touch; LC earliest touch that made someone known, else earliest carrying an e-mail; MQ
/// earliest that made someone an MQL, else LC; OC last touch at or before creation; CW (revenue) last touch
/// at or before close. A touch seen twice (same event id) counts once.</item>
/// <item>A survey answer (<c>nps_response</c>) is no marketing touch: it is never in a journey.</item>
/// </list>
/// </summary>
public sealed class Journey
{
    /// <summary>The default lookback before creation: a year.</summary>
    public static readonly TimeSpan DefaultLookback = TimeSpan.FromDays(365);

    private readonly Touchpoint[] _touches;
    private readonly Milestones[] _milestones;
    private readonly int[] _channelOf;
    private readonly string[] _channels;
    private readonly int[] _milestoneIndex;

    private Journey(
        string opportunityId, AttributionKind kind, DateTimeOffset createdAt, DateTimeOffset end, DateTimeOffset windowStart,
        Touchpoint[] touches, Milestones[] milestones, int[] milestoneIndex, int[] channelOf, string[] channels)
    {
        OpportunityId = opportunityId;
        Kind = kind;
        CreatedAt = createdAt;
        End = end;
        WindowStart = windowStart;
        _touches = touches;
        _milestones = milestones;
        _milestoneIndex = milestoneIndex;
        _channelOf = channelOf;
        _channels = channels;
    }

    public string OpportunityId { get; }

    public AttributionKind Kind { get; }

    /// <summary>The opportunity's creation instant.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The last instant of the journey: creation (pipeline) or close (revenue).</summary>
    public DateTimeOffset End { get; }

    /// <summary>The first instant of the journey: creation minus the lookback.</summary>
    public DateTimeOffset WindowStart { get; }

    public IReadOnlyList<Touchpoint> Touches => _touches;

    /// <summary>The milestones of each touch, same index as <see cref="Touches"/>.</summary>
    public IReadOnlyList<Milestones> Milestones => _milestones;

    public int Count => _touches.Length;

    public bool IsEmpty => _touches.Length == 0;

    /// <summary>The distinct channels of the journey, in order of first appearance.</summary>
    public IReadOnlyList<string> Channels => _channels;

    /// <summary>Index into <see cref="Channels"/> of the touch at <paramref name="touch"/>.</summary>
    public int ChannelIndexOf(int touch) => _channelOf[touch];

    /// <summary>The index of the touch that is <paramref name="milestone"/> (a single flag), or −1 when absent.</summary>
    public int IndexOf(Milestones milestone) => milestone switch
    {
        Attribution.Milestones.FT => _milestoneIndex[0],
        Attribution.Milestones.LC => _milestoneIndex[1],
        Attribution.Milestones.MQ => _milestoneIndex[2],
        Attribution.Milestones.OC => _milestoneIndex[3],
        Attribution.Milestones.CW => _milestoneIndex[4],
        _ => throw new ArgumentOutOfRangeException(nameof(milestone), milestone, "Pass a single milestone."),
    };

    /// <summary>The closing milestone of the kind: OC for pipeline, CW for revenue.</summary>
    public Milestones Closing => Kind == AttributionKind.Revenue ? Attribution.Milestones.CW : Attribution.Milestones.OC;

    /// <summary>Builds the journey of <paramref name="opportunity"/> from the touches in its scope.</summary>
    public static JourneyResult Build(
        Opportunity opportunity, AttributionKind kind, IEnumerable<Touchpoint> scopedTouches, LeadMilestoneFacts facts, TimeSpan? lookback = null)
    {
        DateTimeOffset end;
        if (kind == AttributionKind.Revenue)
        {
            if (opportunity.Status != OpportunityStatus.Won)
            {
                return JourneyResult.Refused($"Opportunity '{opportunity.OpportunityId}' is not won; it has no revenue to attribute.");
            }

            end = opportunity.ClosedAt ?? new DateTimeOffset(opportunity.CloseDate.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
        }
        else
        {
            end = opportunity.CreatedAt;
        }

        var created = opportunity.CreatedAt;
        var start = created - (lookback ?? DefaultLookback);
        var touches = Window(scopedTouches, start, end);
        var n = touches.Length;
        var milestones = new Milestones[n];
        int[] index = [-1, -1, -1, -1, -1];
        if (n > 0)
        {
            index[0] = 0;
            index[1] = FirstOf(touches, t => facts.KnownEventIds.Contains(t.EventId));
            if (index[1] < 0)
            {
                index[1] = FirstOf(touches, static t => t.Email is not null);
            }

            index[2] = FirstOf(touches, t => facts.MqlEventIds.Contains(t.EventId));
            if (index[2] < 0)
            {
                index[2] = index[1];
            }

            index[3] = LastAtOrBefore(touches, created);
            if (kind == AttributionKind.Revenue)
            {
                index[4] = LastAtOrBefore(touches, end);
            }

            ReadOnlySpan<Milestones> flags = [Attribution.Milestones.FT, Attribution.Milestones.LC, Attribution.Milestones.MQ, Attribution.Milestones.OC, Attribution.Milestones.CW];
            for (var m = 0; m < index.Length; m++)
            {
                if (index[m] >= 0)
                {
                    milestones[index[m]] |= flags[m];
                }
            }
        }

        var (channelOf, channels) = IndexChannels(touches);
        return JourneyResult.Built(new Journey(opportunity.OpportunityId, kind, created, end, start, touches, milestones, index, channelOf, channels));
    }

    /// <summary>
    /// A journey computed earlier and stored (its touches in journey order with their milestones), restored so that
    /// the reports can sum it again without the facts it was built from.
    /// </summary>
    /// <exception cref="ArgumentException">The milestones are not one per touch.</exception>
    public static Journey Restore(
        string opportunityId, AttributionKind kind, DateTimeOffset createdAt, DateTimeOffset end, DateTimeOffset windowStart,
        IReadOnlyList<Touchpoint> touches, IReadOnlyList<Milestones> milestones)
    {
        ArgumentNullException.ThrowIfNull(touches);
        ArgumentNullException.ThrowIfNull(milestones);
        if (touches.Count != milestones.Count)
        {
            throw new ArgumentException("A journey has one set of milestones per touch.", nameof(milestones));
        }

        var array = touches.ToArray();
        int[] index = [-1, -1, -1, -1, -1];
        ReadOnlySpan<Milestones> flags = [Attribution.Milestones.FT, Attribution.Milestones.LC, Attribution.Milestones.MQ, Attribution.Milestones.OC, Attribution.Milestones.CW];
        for (var m = 0; m < flags.Length; m++)
        {
            for (var i = 0; i < milestones.Count; i++)
            {
                if ((milestones[i] & flags[m]) != 0)
                {
                    index[m] = i;
                    break;
                }
            }
        }

        var (channelOf, channels) = IndexChannels(array);
        return new Journey(opportunityId, kind, createdAt, end, windowStart, array, milestones.ToArray(), index, channelOf, channels);
    }

    private static Touchpoint[] Window(IEnumerable<Touchpoint> scopedTouches, DateTimeOffset start, DateTimeOffset end)
    {
        var kept = new List<Touchpoint>();
        foreach (var t in scopedTouches)
        {
            if (t.OccurredAt >= start && t.OccurredAt <= end && !TouchpointTypes.IsSurveyAnswer(t.Type))
            {
                kept.Add(t);
            }
        }

        kept.Sort(Touchpoint.Chronological);
        var distinct = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            if (distinct == 0 || !string.Equals(kept[distinct - 1].EventId, kept[i].EventId, StringComparison.Ordinal))
            {
                kept[distinct++] = kept[i];
            }
        }

        kept.RemoveRange(distinct, kept.Count - distinct);
        return [.. kept];
    }

    private static int FirstOf(Touchpoint[] touches, Func<Touchpoint, bool> predicate)
    {
        for (var i = 0; i < touches.Length; i++)
        {
            if (predicate(touches[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastAtOrBefore(Touchpoint[] touches, DateTimeOffset instant)
    {
        for (var i = touches.Length - 1; i >= 0; i--)
        {
            if (touches[i].OccurredAt <= instant)
            {
                return i;
            }
        }

        return -1;
    }

    private static (int[] ChannelOf, string[] Channels) IndexChannels(Touchpoint[] touches)
    {
        var channelOf = new int[touches.Length];
        var channels = new List<string>(4);
        for (var i = 0; i < touches.Length; i++)
        {
            var c = channels.IndexOf(touches[i].Channel);
            if (c < 0)
            {
                c = channels.Count;
                channels.Add(touches[i].Channel);
            }

            channelOf[i] = c;
        }

        return (channelOf, [.. channels]);
    }
}
