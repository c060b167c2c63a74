using Cascade.Domain.Customers.Events;

namespace Cascade.Domain.Customers;

/// <summary>
/// An account's customer facts in a size that follows its status changes rather than its touches: every fact but
/// activity as it is, and the activity as runs. <see cref="CustomerReplay"/> of <see cref="Facts"/> gives what the replay of
/// every fact gives, so a new touch is replayed from the status row alone instead of every member's journey.
/// </summary>
/// <remarks>
/// <para>A run is a stretch of activity instants each less than <see cref="CustomerSettings.AtRiskAfterDays"/> after the
/// one before, all at or before the instant the summary was made for. No silence can fall inside a run, so no touch in
/// it but the first can re-engage the customer, and the replay only needs its first activity (which names the touch
/// that did), its last (from which the next silence counts), and activity inside every gap of a threshold to say the
/// customer was not silent: <see cref="Facts"/> puts a stand-in every half threshold. The other facts inside a run see
/// the same status either way; where they keep the last activity (a churn), the next engagement (a win, a
/// reactivation) replaces it by its own instant. A stand-in never starts a run and its id sorts after every touch's, so
/// it is never the touch a history names. Activity after the instant of the summary stays as it is: the replay as of
/// an earlier instant must not see it.</para>
/// <para>A summary made with one threshold is no summary for another (<see cref="Fits"/>).</para>
/// </remarks>
public sealed record CustomerFactSummary(
    IReadOnlyList<CustomerFact> Others, IReadOnlyList<CustomerActivityRun> Runs, int ThresholdDays)
{
    /// <summary>The id of a stand-in activity: after every touch's id in ordinal order.</summary>
    private const string StandInId = "\uffff";

    /// <summary>Summarises <paramref name="facts"/> as of <paramref name="at"/>.</summary>
    public static CustomerFactSummary Of(IEnumerable<CustomerFact> facts, CustomerSettings settings, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(settings);
        var all = facts.ToList();
        var others = all.Where(f => f.Event is not ActivityRecorded).OrderBy(f => f.At).ToList();
        var threshold = TimeSpan.FromDays(settings.AtRiskAfterDays);

        // One activity per instant: the first by id is the one the replay applies first.
        var instants = all
            .Where(f => f.Event is ActivityRecorded)
            .GroupBy(f => f.At)
            .Select(g => (At: g.Key, Id: g.Select(f => ((ActivityRecorded)f.Event).TouchpointId).Min(StringComparer.Ordinal)!))
            .OrderBy(a => a.At)
            .ToList();
        var runs = new List<CustomerActivityRun>();
        foreach (var (instant, id) in instants)
        {
            if (runs.Count > 0 && runs[^1] is var last && instant <= at && last.To <= at && instant - last.To < threshold)
            {
                runs[^1] = last with { To = instant };
            }
            else
            {
                runs.Add(new CustomerActivityRun(instant, id, instant));
            }
        }

        return new CustomerFactSummary(others, runs, settings.AtRiskAfterDays);
    }

    /// <summary>Whether this summary was made with <paramref name="settings"/>' threshold.</summary>
    public bool Fits(CustomerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return ThresholdDays == settings.AtRiskAfterDays;
    }

    /// <summary>This summary with more activity, as of <paramref name="at"/> (not before the instant it was made for).</summary>
    public CustomerFactSummary With(IEnumerable<CustomerFact> activity, CustomerSettings settings, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Of(Facts.Concat(activity), settings, at);
    }

    /// <summary>Facts whose replay is that of the summarised ones: the others, and each run's activity with stand-ins.</summary>
    public IReadOnlyList<CustomerFact> Facts
    {
        get
        {
            var step = TimeSpan.FromDays(ThresholdDays) / 2;
            var facts = new List<CustomerFact>(Others);
            foreach (var run in Runs)
            {
                facts.Add(new CustomerFact(run.From, new ActivityRecorded(run.FirstId)));
                for (var at = run.From + step; at < run.To; at += step)
                {
                    facts.Add(new CustomerFact(at, new ActivityRecorded(StandInId)));
                }

                if (run.To > run.From)
                {
                    facts.Add(new CustomerFact(run.To, new ActivityRecorded(StandInId)));
                }
            }

            return facts;
        }
    }
}
