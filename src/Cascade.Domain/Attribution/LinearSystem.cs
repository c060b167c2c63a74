namespace Cascade.Domain.Attribution;

/// <summary>Gaussian elimination with partial pivoting, for the small systems of the Markov chain.</summary>
internal static class LinearSystem
{
    /// <summary>Solves the augmented system <paramref name="a"/> (n × n+1), overwriting it; returns x.</summary>
    public static double[] Solve(double[,] a)
    {
        var n = a.GetLength(0);
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = r;
                }
            }

            if (pivot != col)
            {
                for (var c = col; c <= n; c++)
                {
                    (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
                }
            }

            var p = a[col, col];
            if (p == 0)
            {
                // A state that never reaches an absorbing state; only possible for states no path visits.
                continue;
            }

            for (var r = col + 1; r < n; r++)
            {
                var f = a[r, col] / p;
                if (f == 0)
                {
                    continue;
                }

                for (var c = col; c <= n; c++)
                {
                    a[r, c] -= f * a[col, c];
                }
            }
        }

        var x = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var sum = a[r, n];
            for (var c = r + 1; c < n; c++)
            {
                sum -= a[r, c] * x[c];
            }

            x[r] = a[r, r] == 0 ? 0 : sum / a[r, r];
        }

        return x;
    }
}
