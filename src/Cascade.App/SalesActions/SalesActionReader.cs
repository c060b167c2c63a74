using Cascade.App.Ingestion;
using Cascade.App.Validation;
using Cascade.Domain.Lifecycle.Events;

namespace Cascade.App.SalesActions;

/// <summary>
/// Reads a sales action body, which is one object (an array is refused, even of one action). Reasons are required where the lifecycle needs one (reject, disqualify) and
/// BANT where sales qualifies; the lifecycle itself says whether the transition is allowed.
/// </summary>
public static class SalesActionReader
{
    private static readonly Dictionary<string, SalesActionKind> Actions = new(StringComparer.Ordinal)
    {
        ["accept"] = SalesActionKind.Accept,
        ["reject"] = SalesActionKind.Reject,
        ["qualify"] = SalesActionKind.Qualify,
        ["disqualify"] = SalesActionKind.Disqualify,
        ["recycle"] = SalesActionKind.Recycle,
        ["mark_fan"] = SalesActionKind.MarkFan,
        ["unmark_fan"] = SalesActionKind.UnmarkFan,
    };

    public static Validated<SalesActionRequest> Read(ReadOnlyMemory<byte> body)
    {
        var root = JsonBody.Object(body, IngestionLimits.MaxFormBodyBytes);
        if (!root.IsValid)
        {
            return Validated<SalesActionRequest>.Invalid(root.Errors);
        }

        var errors = new ValidationErrors();
        var f = new JsonFields(root.Value, string.Empty, errors);
        var action = f.OneOf("action", Actions, required: true);
        var reason = f.Text("reason", required: action is SalesActionKind.Reject or SalesActionKind.Disqualify);
        var by = f.Text("by", maxLength: 256);
        var at = f.Instant("at");
        var bantFields = f.Object("bant");
        var bant = bantFields is null
            ? null
            : new Bant(bantFields.Text("budget"), bantFields.Text("authority"), bantFields.Text("need"), bantFields.Text("timing"));
        if (action == SalesActionKind.Qualify && (bant is null || bant.Missing.Count > 0))
        {
            var missing = bant?.Missing ?? ["budget", "authority", "need", "timing"];
            errors.Add("bant", $"qualifying needs BANT recorded; missing: {string.Join(", ", missing)}.");
        }

        return errors.IsEmpty
            ? Validated<SalesActionRequest>.Valid(new SalesActionRequest(action!.Value, reason, by, at, bant))
            : Validated<SalesActionRequest>.Invalid(errors);
    }
}
