using System.Globalization;
using Cascade.App.Validation;
using Cascade.Domain.Attribution;
using Cascade.Domain.Pipeline;

namespace Cascade.App.Reads;

/// <summary>
/// Reads the query parameters of the read endpoints, recording every refusal in <see cref="Errors"/> under
/// the parameter's name, so one answer lists every bad parameter. Parameter names match case-insensitively;
/// an empty value counts as absent.
/// </summary>
/// <remarks>
/// Rules where api.md leaves room:
/// <list type="bullet">
/// <item><c>from</c>/<c>to</c>: an ISO date (<c>2026-01-31</c>, the start of that UTC day) or an ISO instant with
/// an offset. Defaults: the current fiscal quarter, <c>from</c> its first instant and <c>to</c> the first instant
/// of the next quarter, each defaulted on its own. <c>to</c> is exclusive, and must be after <c>from</c>.</item>
/// <item><c>model</c>: a wire name (<c>w_shaped</c>); default <c>linear</c>, the model that favours no position.</item>
/// <item><c>kind</c>: <c>pipeline</c> (default) or <c>revenue</c>; <c>groupBy</c>: <c>channel</c> (default),
/// <c>campaign</c>, <c>origin</c> or <c>type</c>.</item>
/// <item><c>type</c>: an opportunity type (<c>new_business</c>, <c>expansion</c>, <c>renewal</c>); absent keeps every deal.</item>
/// <item>A quarter is <c>yyyy-Qn</c> under the workspace's fiscal calendar.</item>
/// </list>
/// </remarks>
public sealed class ReportParameters
{
    public const string ModelName = "model";
    public const string KindName = "kind";
    public const string GroupByName = "groupBy";
    public const string FromName = "from";
    public const string ToName = "to";
    public const string QuarterName = "quarter";
    public const string TypeName = "type";

    /// <summary>The model of an attribution report when none is asked for.</summary>
    public const AttributionModel DefaultModel = AttributionModel.Linear;

    private static readonly Dictionary<string, AttributionKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pipeline"] = AttributionKind.Pipeline,
        ["revenue"] = AttributionKind.Revenue,
    };

    private static readonly Dictionary<string, AttributionGroupBy> Groupings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["channel"] = AttributionGroupBy.Channel,
        ["campaign"] = AttributionGroupBy.Campaign,
        ["origin"] = AttributionGroupBy.Origin,
        ["type"] = AttributionGroupBy.Type,
    };

    private readonly Dictionary<string, string> _values;
    private readonly FiscalCalendar _calendar;
    private readonly DateTimeOffset _now;

    public ReportParameters(IReadOnlyDictionary<string, string?> values, FiscalCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                _values[name] = value.Trim();
            }
        }

        _calendar = calendar;
        _now = now;
    }

    public ValidationErrors Errors { get; } = new();

    public bool IsValid => Errors.IsEmpty;

    public AttributionModel Model()
    {
        if (!_values.TryGetValue(ModelName, out var text))
        {
            return DefaultModel;
        }

        if (AttributionModels.TryParse(text, out var model))
        {
            return model;
        }

        Errors.Add(ModelName, $"must be one of: {string.Join(", ", AttributionModels.All.Select(m => m.ToWireName()))}.");
        return DefaultModel;
    }

    public AttributionKind Kind() => OneOf(KindName, Kinds, AttributionKind.Pipeline);

    public AttributionGroupBy GroupBy() => OneOf(GroupByName, Groupings, AttributionGroupBy.Channel);

    /// <summary>
    /// A grouping by lead source, channel (the default) or campaign: what spend is recorded by and what a lead's
    /// creation touch names; null when <paramref name="optional"/> and no <c>groupBy</c> was given.
    /// </summary>
    public AttributionGroupBy? ChannelOrCampaign(bool optional = false)
    {
        if (optional && !_values.ContainsKey(GroupByName))
        {
            return null;
        }

        var groupBy = GroupBy();
        if (IsValid && groupBy is not (AttributionGroupBy.Channel or AttributionGroupBy.Campaign))
        {
            Errors.Add(GroupByName, "must be one of: channel, campaign.");
        }

        return groupBy;
    }

    /// <summary>The opportunity type a report keeps (<c>new_business</c>, <c>expansion</c>, <c>renewal</c>); null (every type) when absent.</summary>
    public OpportunityType? OpportunityType()
    {
        if (!_values.TryGetValue(TypeName, out var text))
        {
            return null;
        }

        if (OpportunityTypes.TryParse(text, out var type))
        {
            return type;
        }

        Errors.Add(TypeName, "must be one of: new_business, expansion, renewal.");
        return null;
    }

    /// <summary>[from, to), defaulting to the current fiscal quarter (rules on the type).</summary>
    public ReportPeriod Period()
    {
        var current = Domain.Pipeline.Quarter.Of(_now, _calendar);
        var from = Instant(FromName) ?? current.Start;
        var to = Instant(ToName) ?? current.End;
        if (IsValid && from >= to)
        {
            Errors.Add(ToName, "must be after from.");
        }

        return new ReportPeriod(from, to);
    }

    /// <summary>A quarter given in the route (<c>2026-Q1</c>), under the workspace calendar.</summary>
    public Quarter Quarter(string? text)
    {
        if (Domain.Pipeline.Quarter.TryParse(text?.Trim(), _calendar, out var quarter))
        {
            return quarter;
        }

        Errors.Add(QuarterName, "must be a quarter like 2026-Q1.");
        return default;
    }

    /// <summary>A required non-negative amount of money (a target).</summary>
    public decimal Money(string name)
    {
        if (!_values.TryGetValue(name, out var text))
        {
            Errors.Add(name, "is required.");
            return 0;
        }

        if (!decimal.TryParse(text, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var amount)
            || amount < 0 || amount > 1_000_000_000_000m)
        {
            Errors.Add(name, "must be a number between 0 and 1,000,000,000,000.");
            return 0;
        }

        return amount;
    }

    /// <summary>The instant a snapshot report is taken at (<c>asOf</c>), default now.</summary>
    public DateTimeOffset AsOf(string name = "asOf") => Instant(name) ?? _now;

    /// <summary>An optional whole number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int WholeNumber(string name, int fallback, int min, int max)
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        Errors.Add(name, $"must be a whole number from {min} to {max}.");
        return fallback;
    }

    /// <summary>One of <paramref name="allowed"/>'s names (case-insensitive), else <paramref name="fallback"/>.</summary>
    public T Choice<T>(string name, IReadOnlyDictionary<string, T> allowed, T fallback) =>
        OneOf(name, new Dictionary<string, T>(allowed, StringComparer.OrdinalIgnoreCase), fallback);

    private T OneOf<T>(string name, Dictionary<string, T> allowed, T fallback)
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        if (allowed.TryGetValue(text, out var value))
        {
            return value;
        }

        Errors.Add(name, $"must be one of: {string.Join(", ", allowed.Keys)}.");
        return fallback;
    }

    private DateTimeOffset? Instant(string name)
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        // An instant must carry its offset: a bare local time would be read in the server's zone.
        if (HasOffset(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant))
        {
            return instant.ToUniversalTime();
        }

        Errors.Add(name, "must be an ISO date (2026-01-31) or an instant with an offset (2026-01-31T09:30:00Z).");
        return null;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
