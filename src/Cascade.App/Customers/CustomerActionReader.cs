using Cascade.App.Ingestion;
using Cascade.App.Validation;

namespace Cascade.App.Customers;

/// <summary>
/// Reads a customer action body, one object (an array is refused): <c>action</c> (<c>churn</c> or
/// <c>reactivate</c>) and <c>reason</c> required — an explicit status change says why —, <c>by</c> and <c>at</c>
/// optional. The lifecycle itself says whether the change is allowed.
/// </summary>
public static class CustomerActionReader
{
    public const string Churn = "churn";
    public const string Reactivate = "reactivate";

    private static readonly Dictionary<string, bool> Actions = new(StringComparer.Ordinal)
    {
        [Churn] = true,
        [Reactivate] = false,
    };

    public static Validated<CustomerActionRequest> Read(ReadOnlyMemory<byte> body)
    {
        var root = JsonBody.Object(body, IngestionLimits.MaxFormBodyBytes);
        if (!root.IsValid)
        {
            return Validated<CustomerActionRequest>.Invalid(root.Errors);
        }

        var errors = new ValidationErrors();
        var f = new JsonFields(root.Value, string.Empty, errors);
        var churn = f.OneOf("action", Actions, required: true);
        var reason = f.Text("reason", required: true);
        var by = f.Text("by", maxLength: 256);
        var at = f.Instant("at");
        return errors.IsEmpty
            ? Validated<CustomerActionRequest>.Valid(new CustomerActionRequest(churn!.Value ? Churn : Reactivate, reason!, by, at))
            : Validated<CustomerActionRequest>.Invalid(errors);
    }
}
