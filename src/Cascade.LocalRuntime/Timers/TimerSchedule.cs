using Cronos;

namespace Cascade.LocalRuntime.Timers;

/// <summary>A 6-field NCRONTAB schedule ({second} {minute} {hour} {day} {month} {day-of-week}) in one time zone (UTC unless WEBSITE_TIME_ZONE).</summary>
internal sealed class TimerSchedule(CronExpression expression, TimeZoneInfo zone, string text)
{
    public string Text { get; } = text;

    public static TimerSchedule Parse(string text, TimeZoneInfo zone) =>
        new(CronExpression.Parse(text, CronFormat.IncludeSeconds), zone, text);

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset after) =>
        expression.GetNextOccurrence(after, zone, inclusive: false)
        ?? throw new InvalidOperationException($"The schedule '{Text}' has no occurrence after {after:O}.");

    /// <summary>The last occurrence in (<paramref name="after"/>, <paramref name="until"/>], if any: missed runs collapse into one.</summary>
    public DateTimeOffset? Latest(DateTimeOffset after, DateTimeOffset until)
    {
        DateTimeOffset? latest = null;
        if (until <= after)
            return latest;
        foreach (var occurrence in expression.GetOccurrences(after, until, zone, fromInclusive: false, toInclusive: true))
            latest = occurrence;
        return latest;
    }
}
