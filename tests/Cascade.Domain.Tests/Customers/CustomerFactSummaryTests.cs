using Cascade.Domain.Customers;
using Cascade.Domain.Customers.Events;
using CsCheck;

namespace Cascade.Domain.Tests.Customers;

public sealed class CustomerFactSummaryTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly CustomerSettings Settings = CustomerSettings.Default;

    /// <summary>
    /// Random lives: won deals, lost renewals, churns and reactivations among touches (some at one instant, some at the
    /// instant of another fact), split into what a summary was made of and what arrives after, in any order of time.
    /// </summary>
    private static readonly Gen<(List<CustomerFact> Stored, List<CustomerFact> Arriving, DateTimeOffset MadeAt, DateTimeOffset AsOf)> Lives =
        Gen.Select(
            Gen.Select(Gen.Int[0, 3], Gen.Int[-30, 500]).Array[0, 5],
            Gen.Select(Gen.Int[-60, 520], Gen.Int[0, 5]).Array[0, 40],
            Gen.Int[0, 1_023],
            Gen.Int[0, 560],
            Gen.Int[0, 120])
        .Select((others, touches, late, madeAt, later) =>
        {
            var facts = new List<CustomerFact> { new(Start, new DealWon("opp-0")) };
            facts.AddRange(others.Select((o, i) => new CustomerFact(Start.AddDays(o.Item2), o.Item1 switch
            {
                0 => new DealWon($"opp-{i + 1}"),
                1 => new RenewalLost($"opp-r{i}"),
                2 => new ChurnMarked("left", "csm"),
                _ => (CustomerEvent)new Reactivated("back", "csm"),
            })));
            // A touch's id decides which of one instant's touches re-engages; some share an instant with another fact.
            var activity = touches.Select((t, i) => new CustomerFact(
                t.Item2 == 0 && others.Length > 0 ? Start.AddDays(others[i % others.Length].Item2) : Start.AddDays(t.Item1).AddHours(t.Item2),
                new ActivityRecorded($"t-{(i * 7) % 41:D2}"))).ToList();
            var arriving = activity.Where((_, i) => i < 10 && (late >> i & 1) == 1).ToList();
            var stored = facts.Concat(activity.Except(arriving)).ToList();
            var at = Start.AddDays(madeAt);
            return (stored, arriving, at, at.AddDays(later));
        });

    [Fact]
    public void Facts_Property_ReplayAsTheFactsSummarised()
    {
        Lives.Sample(life =>
        {
            var summary = CustomerFactSummary.Of(life.Stored, Settings, life.MadeAt);

            AssertSameReplay(life.Stored, summary.Facts, life.AsOf);
            AssertSameReplay(life.Stored, summary.Facts, life.MadeAt);
        }, iter: 5_000);
    }

    [Fact]
    public void With_Property_ReplaysAsEveryFact_WhateverTheNewActivity()
    {
        Lives.Sample(life =>
        {
            var summary = CustomerFactSummary.Of(life.Stored, Settings, life.MadeAt).With(life.Arriving, Settings, life.AsOf);

            AssertSameReplay([.. life.Stored, .. life.Arriving], summary.Facts, life.AsOf);
        }, iter: 5_000);
    }

    [Fact]
    public void Of_KeepsARunPerStretchWithoutAThresholdOfSilence()
    {
        CustomerFact[] facts =
        [
            new(Start, new DealWon("opp-1")),
            .. Enumerable.Range(1, 30).Select(d => new CustomerFact(Start.AddDays(d * 5), new ActivityRecorded($"t-{d}"))),
            new(Start.AddDays(300), new ActivityRecorded("t-late")),
        ];

        var summary = CustomerFactSummary.Of(facts, Settings, Start.AddDays(400));

        Assert.Equal(
            [(Start.AddDays(5), "t-1", Start.AddDays(150)), (Start.AddDays(300), "t-late", Start.AddDays(300))],
            summary.Runs.Select(r => (r.From, r.FirstId, r.To)));
        AssertSameReplay(facts, summary.Facts, Start.AddDays(400));
    }

    [Fact]
    public void Fits_OnlyTheThresholdItWasMadeWith()
    {
        var summary = CustomerFactSummary.Of([new(Start, new DealWon("opp-1"))], Settings, Start);

        Assert.True(summary.Fits(Settings));
        Assert.False(summary.Fits(Settings with { AtRiskAfterDays = 60 }));
    }

    private static void AssertSameReplay(IEnumerable<CustomerFact> every, IEnumerable<CustomerFact> summarised, DateTimeOffset asOf)
    {
        var expected = CustomerReplay.Run(every, Settings, asOf);
        var actual = CustomerReplay.Run(summarised, Settings, asOf);
        Assert.Equal(expected.State, actual.State);
        Assert.Equal(expected.History, actual.History);
    }
}
