using System.Net;
using System.Text.Json;
using Cascade.EndToEnd.Tests.Infrastructure;

namespace Cascade.EndToEnd.Tests;

/// <summary>Many writers of one person's touchpoints at once end where one writer sending them in turn ends.</summary>
[Collection(FaultCollection.Name)]
public sealed class ConcurrentWritersTests(FaultHost host)
{
    private const int Writers = 20;
    private const int TouchesPerWriter = 3;

    [Fact]
    public async Task PostTouchpoints_TwentyParallelWritersOfOnePerson_ConvergeToTheSerialPersonView()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var parallelEmail = $"parallel-{run}@parallel-{run}.example";
        var serialEmail = $"serial-{run}@serial-{run}.example";
        var parallelBatches = JourneyTouches.For(parallelEmail, $"par-{run}", Writers * TouchesPerWriter).Chunk(TouchesPerWriter).ToList();
        var serialBatches = JourneyTouches.For(serialEmail, $"ser-{run}", Writers * TouchesPerWriter).Chunk(TouchesPerWriter).ToList();

        var answers = await Task.WhenAll(parallelBatches.Select(b => JourneyTouches.PostAsync(host.Client, b)));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.StatusCode));
        foreach (var answer in answers)
            answer.Dispose();

        // The reference: each batch fully processed before the next is sent.
        foreach (var batch in serialBatches)
        {
            using var response = await JourneyTouches.PostAsync(host.Client, batch);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            await host.DrainAsync();
        }

        await host.DrainAsync();
        var parallel = await JourneyTouches.PersonAsync(host.Client, parallelEmail);
        var serial = await JourneyTouches.PersonAsync(host.Client, serialEmail);
        Assert.Equal(serial.GetProperty("stage").GetString(), parallel.GetProperty("stage").GetString());
        Assert.Equal(Total(serial), Total(parallel), precision: 6);
        Assert.Equal(Writers * TouchesPerWriter, JourneyTouches.EventIds(serial).Count);
        Assert.Equal(Writers * TouchesPerWriter, JourneyTouches.EventIds(parallel).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(JourneyTouches.EventIds(serial).Count, JourneyTouches.EventIds(parallel).Count);
        Assert.Equal(Transitions(serial), Transitions(parallel));
    }

    private static double Total(JsonElement person) => person.GetProperty("score").GetProperty("total").GetDouble();

    private static List<string> Transitions(JsonElement person) =>
        person.GetProperty("history").EnumerateArray().Select(h => $"{h.GetProperty("from")}->{h.GetProperty("to")}@{h.GetProperty("at")}").ToList();
}
