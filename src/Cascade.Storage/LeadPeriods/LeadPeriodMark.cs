namespace Cascade.Storage.LeadPeriods;

/// <summary>
/// Which <c>LeadPeriods</c> rows a person's last evaluation wrote: the months and a digest of their content. Kept
/// on the person's profile row, so an evaluation that changes nothing the reports read writes no period row, and
/// one that moves a person out of a month deletes the row left there.
/// </summary>
public sealed record LeadPeriodMark(string Digest, IReadOnlyList<string> Months)
{
    /// <summary>Whether <paramref name="stored"/> says the rows of this mark are already written: same months, same content.</summary>
    public bool IsWritten(LeadPeriodMark? stored) =>
        stored is not null && stored.Digest == Digest && stored.Months.SequenceEqual(Months, StringComparer.Ordinal);
}
