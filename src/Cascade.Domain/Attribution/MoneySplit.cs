namespace Cascade.Domain.Attribution;

/// <summary>
/// Splits an amount by credits into cents that sum exactly to the amount (domain §5): each part is
/// amount × credit rounded to cents half to even; the remainder goes to the touch with the largest credit,
/// ties to the earliest.
/// </summary>
public static class MoneySplit
{
    public static decimal[] Split(decimal amount, IReadOnlyList<double> credits)
    {
        var copy = new double[credits.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = credits[i];
        }

        return Split(amount, copy);
    }

    /// <summary>The parts; all zero when no touch has credit (nothing to give the remainder to).</summary>
    public static decimal[] Split(decimal amount, ReadOnlySpan<double> credits)
    {
        var parts = new decimal[credits.Length];
        var largest = -1;
        var sum = 0m;
        for (var i = 0; i < credits.Length; i++)
        {
            var credit = credits[i];
            if (double.IsNaN(credit) || credit < 0)
            {
                throw new ArgumentException("Credits are non-negative numbers.", nameof(credits));
            }

            parts[i] = Math.Round(amount * (decimal)credit, 2, MidpointRounding.ToEven);
            sum += parts[i];
            if (credit > 0 && (largest < 0 || credit > credits[largest]))
            {
                largest = i;
            }
        }

        if (largest < 0)
        {
            Array.Clear(parts);
            return parts;
        }

        parts[largest] += amount - sum;
        return parts;
    }
}
