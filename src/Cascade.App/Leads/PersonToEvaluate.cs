using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.PendingEvaluations;

namespace Cascade.App.Leads;

/// <summary>
/// A person a sweep evaluates; <see cref="TouchesOnly"/> when every mark that asked for it was left by touches alone
/// (new touches, or a stitch that moved a cookie's touches to or from them; no import, sales action or opportunity
/// naming them); <see cref="Carried"/>, when every such mark carried its touches, those touches: the evaluation adds
/// them to the journey the profile keeps instead of reading the person's touches (<see cref="LeadEvaluator"/>). A
/// stitch's mark carries none, so that the cookie's earlier touches are read.
/// </summary>
public sealed record PersonToEvaluate(EmailAddress Email, bool TouchesOnly = false, IReadOnlyList<Touchpoint>? Carried = null)
{
    /// <summary>The person of <paramref name="marks"/>, which are all theirs.</summary>
    public static PersonToEvaluate Of(EmailAddress email, IReadOnlyCollection<PendingEvaluation> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var touchesOnly = marks.All(m => m.TouchesOnly);
        var carried = touchesOnly && marks.All(m => m.Touches is not null)
            ? marks.SelectMany(m => m.Touches!).DistinctBy(t => t.EventId, StringComparer.Ordinal).ToList()
            : null;
        return new PersonToEvaluate(email, touchesOnly, carried);
    }
}
