namespace Cascade.Domain.Pipeline;

/// <summary>
/// How deals flow through the CRM's stages (api.md <c>GET /api/reports/pipeline/stages</c>), from their histories.
/// </summary>
/// <remarks>
/// A stay in a stage begins when an open deal is created in it, changes to it, or is reopened in it, and ends at the
/// next change of stage or status. It ended as <c>won</c>/<c>lost</c> when that change closed the deal, as moved on when
/// it went to a stage ranked later (<see cref="PipelineSettings.Compare"/>); a move back to an earlier stage ends the
/// stay without counting as either. Rows count the stays that began in [from, to) — a cohort, whose outcomes are
/// counted whenever they came — in stage order, every configured stage present even when empty.
/// </remarks>
public static class StageFlow
{
    public static IReadOnlyList<StageFlowRow> Compute(
        IEnumerable<OpportunityHistory> histories, DateTimeOffset from, DateTimeOffset to, PipelineSettings settings)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(settings);
        var rows = new Dictionary<string, Counts>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in settings.Stages)
        {
            rows[stage] = new Counts(stage);
        }

        foreach (var history in histories)
        {
            Stay? stay = null;
            OpportunityState? before = null;
            foreach (var change in history.Timeline)
            {
                var after = change.State;
                if (stay is { } s && before is { } b && (after.Status != b.Status || !string.Equals(after.Stage, b.Stage, StringComparison.Ordinal)))
                {
                    if (s.Counted)
                    {
                        End(rows[s.Key], s, change.At, after, settings);
                    }

                    stay = null;
                }

                if (stay is null && after.IsOpen)
                {
                    var key = after.Stage ?? PipelineSettings.NoStage;
                    var counted = change.At >= from && change.At < to;
                    if (counted)
                    {
                        (rows.TryGetValue(key, out var row) ? row : rows[key] = new Counts(key)).Entered++;
                    }

                    stay = new Stay(rows.TryGetValue(key, out var existing) ? existing.Stage : key, change.At, counted);
                }

                before = after;
            }
        }

        return rows.Values
            .OrderBy(r => r.Stage, Comparer<string>.Create(settings.Compare))
            .Select(r => new StageFlowRow(r.Stage, r.Entered, r.MovedOn, r.Won, r.Lost, Median(r.Days)))
            .ToList();
    }

    private static void End(Counts row, Stay stay, DateTimeOffset at, OpportunityState after, PipelineSettings settings)
    {
        row.Days.Add(OpenDeal.Days(stay.Since, at));
        if (after.Status == OpportunityStatus.Won)
        {
            row.Won++;
        }
        else if (after.Status == OpportunityStatus.Lost)
        {
            row.Lost++;
        }
        else if (IsLater(after.Stage ?? PipelineSettings.NoStage, stay.Key, settings))
        {
            row.MovedOn++;
        }
    }

    private static bool IsLater(string stage, string than, PipelineSettings settings)
    {
        var (rank, thanRank) = (settings.RankOf(stage), settings.RankOf(than));
        return rank != thanRank ? rank > thanRank : rank == settings.Stages.Count && string.Compare(stage, than, StringComparison.OrdinalIgnoreCase) > 0;
    }

    private static decimal? Median(List<decimal> days) =>
        Statistics.Median.Of(days) is { } median ? Math.Round(median, 1, MidpointRounding.ToEven) : null;

    private sealed record Stay(string Key, DateTimeOffset Since, bool Counted);

    private sealed class Counts(string stage)
    {
        public string Stage { get; } = stage;
        public int Entered { get; set; }
        public int MovedOn { get; set; }
        public int Won { get; set; }
        public int Lost { get; set; }
        public List<decimal> Days { get; } = [];
    }
}
