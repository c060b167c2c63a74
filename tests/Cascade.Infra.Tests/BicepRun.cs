namespace Cascade.Infra.Tests;

/// <summary>One run of the Bicep CLI.</summary>
internal sealed record BicepRun(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>
    /// The CLI's diagnostics, <c>file(line,col) : Warning rule: …</c> (or Error, Info), printed on stderr; it
    /// exits 0 even with warnings, so they have to be read.
    /// </summary>
    public IReadOnlyList<string> Diagnostics =>
        StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.Contains(" : Warning ", StringComparison.Ordinal) || l.Contains(" : Error ", StringComparison.Ordinal)
                || l.Contains(" : Info ", StringComparison.Ordinal))
            .ToList();

    /// <summary>Succeeded and printed no diagnostic.</summary>
    public bool IsClean => ExitCode == 0 && Diagnostics.Count == 0;

    /// <summary>The diagnostics about <paramref name="path"/> (absolute).</summary>
    public IReadOnlyList<string> DiagnosticsOf(string path) =>
        Diagnostics.Where(d => d.StartsWith(path + "(", StringComparison.Ordinal)).ToList();

    public override string ToString() => $"exit {ExitCode}\n{StandardError}";
}
