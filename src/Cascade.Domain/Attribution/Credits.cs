namespace Cascade.Domain.Attribution;

/// <summary>Raw weights to credits: raw / Σraw, so a journey's credits sum to 1.</summary>
public static class Credits
{
    /// <summary>
    /// Writes raw / Σraw into <paramref name="credits"/>. When nothing weighs (Σraw = 0, only for an empty
    /// journey under the models of domain §5) every credit is 0: no credit is given.
    /// </summary>
    public static void Normalize(ReadOnlySpan<double> raw, Span<double> credits)
    {
        if (credits.Length != raw.Length)
        {
            throw new ArgumentException("One credit per raw weight.", nameof(credits));
        }

        var sum = 0.0;
        foreach (var w in raw)
        {
            sum += w;
        }

        if (sum <= 0)
        {
            credits.Clear();
            return;
        }

        for (var i = 0; i < raw.Length; i++)
        {
            credits[i] = raw[i] / sum;
        }
    }
}
