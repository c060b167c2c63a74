using Cascade.Domain.Pipeline;
using CsCheck;

namespace Cascade.Domain.Tests.Pipeline;

/// <summary>api.md "Undocumented opportunities": what counts of a deal whose versions leave out the amount or close date.</summary>
public sealed class OpportunityDocumentationTests
{
    private const OpportunityMissingFields None = OpportunityMissingFields.None;
    private const OpportunityMissingFields NoAmount = OpportunityMissingFields.Amount;
    private const OpportunityMissingFields NoCloseDate = OpportunityMissingFields.CloseDate;
    private const OpportunityMissingFields Neither = NoAmount | NoCloseDate;

    private static readonly DateTimeOffset Created = new(2026, 1, 10, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Versions on days 0, 1, 2 … (missing fields, amount, close month) → counted versions as (createdAt day, amount, close month).</summary>
    public static TheoryData<string, (OpportunityMissingFields, decimal, int)[], (int, decimal, int)[]> Cases() => new()
    {
        { "documented from the start: as sent", [(None, 100, 3), (None, 150, 4)], [(0, 100, 3), (0, 150, 4)] },
        { "documented later: created when documented", [(Neither, 0, 0), (NoCloseDate, 80, 0), (None, 100, 3)], [(2, 100, 3)] },
        { "never documented: nothing counts", [(Neither, 0, 0), (NoAmount, 0, 5), (NoCloseDate, 90, 0)], [] },
        { "a later version drops the amount: the last amount stays", [(None, 100, 3), (NoAmount, 0, 4)], [(0, 100, 3), (0, 100, 4)] },
        { "a later version drops the close date: the last date stays", [(None, 100, 3), (NoCloseDate, 120, 0)], [(0, 100, 3), (0, 120, 3)] },
        { "both dropped one after the other: each field keeps its last value", [(None, 100, 3), (NoCloseDate, 120, 0), (NoAmount, 0, 6), (Neither, 0, 0)], [(0, 100, 3), (0, 120, 3), (0, 120, 6), (0, 120, 6)] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Effective_Versions_CountFromTheFirstDocumentedOne(string rule, (OpportunityMissingFields, decimal, int)[] sent, (int, decimal, int)[] expected)
    {
        var versions = sent.Select((v, day) => Version(day, v.Item1, v.Item2, v.Item3)).ToList();

        var counted = OpportunityDocumentation.Effective(versions);

        Assert.True(
            expected.SequenceEqual(counted.Select(c => ((int)(c.CreatedAt - Created).TotalDays, c.Amount, c.CloseDate.Month))),
            rule);
        Assert.All(counted, c => Assert.True(c.IsDocumented));
    }

    [Fact]
    public void History_UndocumentedThenDocumented_IsNewPipelineAtTheDocumentingVersion()
    {
        var history = new OpportunityHistory("o");
        history.Apply(Version(0, Neither, 0, 0));

        Assert.False(history.IsDocumented);
        Assert.Empty(history.Timeline);
        Assert.Empty(OpportunityHistory.FromArrivals([Version(0, Neither, 0, 0)]));

        history.Apply(Version(40, None, 500, 4));

        var created = Assert.Single(history.Timeline);
        Assert.Equal((Created.AddDays(40), OpportunityChangeKind.Created, 500m), (created.At, created.Kind, created.State.Amount));
        Assert.Equal(Created.AddDays(40), history.Created!.CreatedAt);
        Assert.Equal(2, history.Received.Count);
    }

    [Fact]
    public void Waterfall_UndocumentedDealInAnyArrivalOrder_EntersAsNewPipelineExactlyOnce()
    {
        Gen.Select(Arbitraries.Deal, Gen.Int).Sample((versions, seed) =>
        {
            var shuffled = versions.ToArray();
            new Random(seed).Shuffle(shuffled);
            var histories = OpportunityHistory.FromArrivals(shuffled);
            var firstDocumented = versions.FirstOrDefault(v => v.IsDocumented);

            var waterfalls = Arbitraries.Quarters.Select(q => PipelineWaterfall.Compute(q, histories)).ToList();

            Assert.Equal(firstDocumented is null ? 0 : 1, waterfalls.Sum(w => w.Counts.New));
            Assert.Equal(firstDocumented?.Amount ?? 0m, waterfalls.Sum(w => w.New));
            Assert.Equal(firstDocumented is null ? 0 : 1, histories.Sum(h => h.Timeline.Count(c => c.Kind == OpportunityChangeKind.Created)));
            Assert.All(waterfalls, w => Assert.True(w.Reconciles));
        }, iter: 500);
    }

    private static Opportunity Version(int day, OpportunityMissingFields missing, decimal amount, int closeMonth) => new()
    {
        OpportunityId = "o",
        Amount = amount,
        CloseDate = closeMonth == 0 ? default : new DateOnly(2026, closeMonth, 15),
        Missing = missing,
        Status = OpportunityStatus.Open,
        CreatedAt = Created,
        UpdatedAt = Created.AddDays(day),
    };

    private static class Arbitraries
    {
        private static readonly DateTimeOffset Origin = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        /// <summary>Every quarter a deal below can touch.</summary>
        public static readonly IReadOnlyList<Quarter> Quarters = Enumerable.Range(0, 8).Select(i => Quarter.Parse("2026-Q1").Plus(i)).ToList();

        private static readonly Gen<OpportunityMissingFields> Missing = Gen.Int[0, 5].Select(i => i switch
        {
            0 => OpportunityMissingFields.Amount,
            1 => OpportunityMissingFields.CloseDate,
            2 => OpportunityMissingFields.Amount | OpportunityMissingFields.CloseDate,
            _ => OpportunityMissingFields.None,
        });

        private static readonly Gen<OpportunityStatus> Status = Gen.Int[0, 5].Select(i => i switch
        {
            4 => OpportunityStatus.Won,
            5 => OpportunityStatus.Lost,
            _ => OpportunityStatus.Open,
        });

        /// <summary>
        /// One deal's versions within 280 days of creation, close dates 300–330 days out: in scope whenever open, so a
        /// documented deal is new pipeline at its documenting version.
        /// </summary>
        public static readonly Gen<Opportunity[]> Deal =
            Gen.Select(Gen.Int[0, 280], Missing, Gen.Int[1, 90].Select(k => k * 1_000m), Gen.Int[300, 330], Status).Array[1, 6]
                .Select(versions => versions
                    .DistinctBy(v => v.Item1)
                    .Select(v => new Opportunity
                    {
                        OpportunityId = "o",
                        Amount = v.Item2.HasFlag(OpportunityMissingFields.Amount) ? 0m : v.Item3,
                        CloseDate = v.Item2.HasFlag(OpportunityMissingFields.CloseDate) ? default : DateOnly.FromDateTime(Origin.AddDays(v.Item4).UtcDateTime),
                        Missing = v.Item2,
                        Status = v.Item5,
                        CreatedAt = Origin,
                        ClosedAt = v.Item5 == OpportunityStatus.Open ? null : Origin.AddDays(v.Item1),
                        UpdatedAt = Origin.AddDays(v.Item1),
                    })
                    .OrderBy(v => v.UpdatedAt)
                    .ToArray());
    }
}
