using Cascade.Domain.Pipeline;
using CsCheck;

namespace Cascade.Domain.Tests.Pipeline;

/// <summary>
/// Domain §6: the same CRM versions in any order — any permutation of one deal's versions, any interleaving of several
/// deals, replays and stale versions included — give the same history and the same waterfall.
/// </summary>
public sealed class OpportunityHistoryPropertyTests
{
    [Fact]
    public void FromArrivals_AnyPermutationAndInterleaving_GivesTheSameHistoriesAndWaterfalls()
    {
        Gen.Select(Arbitraries.Deals, Gen.Int, Gen.Int[-2, 6]).Sample((deals, seed, offset) =>
        {
            var inOrder = deals.SelectMany(d => d).OrderBy(v => v.UpdatedAt).ToList();
            var shuffled = deals.SelectMany(d => d).ToArray();
            new Random(seed).Shuffle(shuffled);

            var expected = ById(OpportunityHistory.FromArrivals(inOrder));
            var actual = ById(OpportunityHistory.FromArrivals(shuffled));

            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
            foreach (var (id, history) in expected)
            {
                Assert.Equal(history.Timeline, actual[id].Timeline);
                Assert.Equal(history.Versions, actual[id].Versions);
                Assert.Same(history.Versions[^1], history.Current);
            }

            var quarter = Quarter.Parse("2026-Q1").Plus(offset);
            Assert.Equal(Figures(PipelineWaterfall.Compute(quarter, expected.Values)), Figures(PipelineWaterfall.Compute(quarter, actual.Values)));
        }, iter: 500);
    }

    [Fact]
    public void Apply_EveryVersionTwiceInAnyOrder_GivesTheSameHistoryAsOnce()
    {
        Gen.Select(Arbitraries.Deal, Gen.Int).Sample((versions, seed) =>
        {
            var twice = versions.Concat(versions).ToArray();
            new Random(seed).Shuffle(twice);

            // A deal whose only versions are stale has no history at all, once or twice.
            var once = OpportunityHistory.FromArrivals(versions);
            var replayed = OpportunityHistory.FromArrivals(twice);

            Assert.Equal(once.Count, replayed.Count);
            Assert.Equal(once.SelectMany(h => h.Timeline), replayed.SelectMany(h => h.Timeline));
            Assert.Equal(once.Select(h => h.Current), replayed.Select(h => h.Current));
        }, iter: 300);
    }

    private static Dictionary<string, OpportunityHistory> ById(IEnumerable<OpportunityHistory> histories) =>
        histories.ToDictionary(h => h.OpportunityId, StringComparer.Ordinal);

    private static object Figures(PipelineWaterfall w) =>
        (w.Starting, w.New, w.ValueChange, w.ClosedWon, w.ClosedLost, w.Ending, w.Items, w.Counts);

    private static class Arbitraries
    {
        private static readonly DateTimeOffset Origin = new(2025, 10, 1, 0, 0, 0, TimeSpan.Zero);
        private static readonly DateOnly DateOrigin = new(2025, 10, 1);

        private static readonly Gen<decimal> Amount = Gen.Int[1, 50].Select(k => k * 1_000m);
        private static readonly Gen<DateOnly> CloseDate = Gen.Int[0, 900].Select(DateOrigin.AddDays);
        private static readonly Gen<OpportunityStatus> Status = Gen.Int[0, 4].Select(i => i switch
        {
            3 => OpportunityStatus.Won,
            4 => OpportunityStatus.Lost,
            _ => OpportunityStatus.Open,
        });

        /// <summary>
        /// A version: days after creation (negative: stale, before <c>createdAt</c>; equal days collide on one instant),
        /// and its fields.
        /// </summary>
        private static readonly Gen<(int Days, decimal Amount, DateOnly CloseDate, OpportunityStatus Status, int ClosedDaysBack)> Version =
            Gen.Select(Gen.Int[-5, 300], Amount, CloseDate, Status, Gen.Int[0, 10]);

        /// <summary>The versions of one deal, in the order the CRM wrote them.</summary>
        public static readonly Gen<Opportunity[]> Deal =
            Gen.Select(Gen.Int[0, 400], Gen.String[Gen.Char['a', 'c'], 1, 1], Version.Array[1, 7])
                .Select((createdDay, id, versions) => Versions($"o-{id}", createdDay, versions));

        /// <summary>Several deals (ids may repeat: then their versions are one deal's).</summary>
        public static readonly Gen<Opportunity[][]> Deals = Deal.Array[1, 6];

        private static Opportunity[] Versions(string id, int createdDay, (int Days, decimal Amount, DateOnly CloseDate, OpportunityStatus Status, int ClosedDaysBack)[] versions)
        {
            var createdAt = Origin.AddDays(createdDay).AddHours(createdDay % 24);
            return versions.Select(v =>
            {
                var updatedAt = createdAt.AddDays(v.Days);
                return new Opportunity
                {
                    OpportunityId = id,
                    Amount = v.Amount,
                    CloseDate = v.CloseDate,
                    Status = v.Status,
                    Stage = v.Status == OpportunityStatus.Open ? $"stage{v.Days % 3}" : $"closed_{v.Status}",
                    CreatedAt = createdAt,
                    ClosedAt = v.Status == OpportunityStatus.Open ? null : updatedAt.AddDays(-v.ClosedDaysBack),
                    UpdatedAt = updatedAt,
                };
            }).ToArray();
        }
    }
}
