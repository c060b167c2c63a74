namespace Cascade.App.Reads;

/// <summary>A report's half-open period [<see cref="From"/>, <see cref="To"/>) in UTC; From is before To.</summary>
public readonly record struct ReportPeriod(DateTimeOffset From, DateTimeOffset To)
{
    public bool Contains(DateTimeOffset instant) => instant >= From && instant < To;
}
