namespace Cascade.Domain.Customers;

/// <summary>One <c>nps_response</c>: who answered, when, and the score 0–10 (checked at the edge).</summary>
public sealed record NpsAnswer
{
    public NpsAnswer(string person, DateTimeOffset at, string eventId, int score)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(score);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, 10);
        Person = person;
        At = at;
        EventId = eventId;
        Score = score;
    }

    public string Person { get; }
    public DateTimeOffset At { get; }
    public string EventId { get; }
    public int Score { get; }
}
