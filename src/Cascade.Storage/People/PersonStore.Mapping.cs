using System.Text.Json;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.LeadPeriods;
using Cascade.Storage.Tables;

namespace Cascade.Storage.People;

public sealed partial class PersonStore
{
    private static PersonEntity ToEntity(PersonRows rows, PersonRecord p)
    {
        var entity = new PersonEntity
        {
            PartitionKey = rows.Partition,
            RowKey = rows.Profile,
            Email = p.Email.Value,
            AccountDomain = p.AccountDomain,
            Stage = p.Lead.Stage.ToName(),
            IsFan = p.Lead.IsFan,
            StageSince = p.Lead.StageSince,
            RecycledAt = p.Lead.RecycledAt,
            LastActivityAt = p.LastActivityAt,
            ScoreTotal = p.Score?.Total,
            ScoreDemographic = p.Score?.Demographic,
            ScoreBehavioural = p.Score?.Behavioural,
            ScoredAt = p.Score?.ScoredAt,
            AnonymousIds = p.AnonymousIds.Count == 0 ? null : JsonSerializer.Serialize(p.AnonymousIds),
            SeenLeadFacts = p.Seen?.LeadFacts,
            SeenContactOpportunities = p.Seen is { } seen ? JsonSerializer.Serialize(seen.ContactOpportunities) : null,
            PeriodsDigest = p.Periods?.Digest,
            PeriodsMonths = p.Periods is { } periods ? string.Join(',', periods.Months) : null,
        };
        ProfileColumns.Write(entity, p.Profile);
        return entity;
    }

    private static PersonRecord ToDomain(PersonEntity e) => new()
    {
        Email = EmailAddress.Parse(e.Email),
        AccountDomain = e.AccountDomain,
        Profile = ProfileColumns.Read(e),
        Lead = new LeadState
        {
            Stage = StageOf(e.Stage),
            IsFan = e.IsFan,
            StageSince = e.StageSince?.ToUniversalTime(),
            RecycledAt = e.RecycledAt?.ToUniversalTime(),
        },
        LastActivityAt = e.LastActivityAt?.ToUniversalTime(),
        Score = e is { ScoreTotal: { } total, ScoredAt: { } at }
            ? new PersonScore(total, e.ScoreDemographic ?? 0, e.ScoreBehavioural ?? 0, at.ToUniversalTime())
            : null,
        AnonymousIds = string.IsNullOrEmpty(e.AnonymousIds) ? [] : JsonSerializer.Deserialize<string[]>(e.AnonymousIds) ?? [],
        Seen = e.SeenLeadFacts is { } leadFacts
            ? new PersonFactsSeen(leadFacts, JsonSerializer.Deserialize<string[]>(e.SeenContactOpportunities ?? "[]") ?? [])
            : null,
        Periods = e.PeriodsDigest is { } digest
            ? new LeadPeriodMark(digest, (e.PeriodsMonths ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries))
            : null,
    };

    private static LifecycleHistoryEntity ToEntity(PersonRows rows, StageTransition t, int position) => new()
    {
        PartitionKey = rows.Partition,
        RowKey = rows.HistoryRow(t, position),
        From = t.From.ToName(),
        To = t.To.ToName(),
        At = t.At,
        Action = t.Cause.Action,
        TouchpointId = t.Cause.TouchpointId,
        Score = t.Cause.Score,
        User = t.Cause.User,
        Reason = t.Cause.Reason,
        OpportunityId = t.Cause.OpportunityId,
    };

    private static StageTransition ToDomain(LifecycleHistoryEntity e) => new(
        StageOf(e.From),
        StageOf(e.To),
        e.At.ToUniversalTime(),
        new TransitionCause
        {
            Action = e.Action,
            TouchpointId = e.TouchpointId,
            Score = e.Score,
            User = e.User,
            Reason = e.Reason,
            OpportunityId = e.OpportunityId,
        });

    // Stored names are the API's snake_case names; an unknown name means the row was written by a bug.
    internal static LifecycleStage StageOf(string name) =>
        Enum.GetValues<LifecycleStage>().First(s => s.ToName() == name);
}
