namespace Cascade.Infra.Tests;

/// <summary>
/// One lint and one build of every file under infra/, shared by the tests: each CLI start costs seconds, so the
/// CLI takes all files at once (<c>--pattern</c>) and the tests pick their file's diagnostics out of the runs.
/// Both runs start together on first use.
/// </summary>
internal static class InfraBuild
{
    private static readonly Lazy<Runs> Shared = new(Start);

    public static Task<BicepRun> Lint => Shared.Value.Lint;

    public static Task<BicepRun> Build => Shared.Value.Build;

    /// <summary>Where <see cref="Build"/> writes the ARM templates, mirroring infra/.</summary>
    public static string OutputDirectory => Shared.Value.OutputDirectory;

    private static Runs Start()
    {
        var output = Directory.CreateTempSubdirectory("cascade-bicep-").FullName;
        return new Runs(
            Task.Run(() => BicepCli.Run("lint", "--pattern", "infra/**/*.bicep*")),
            Task.Run(() => BicepCli.Run("build", "--pattern", "infra/**/*.bicep", "--outdir", output)),
            output);
    }

    private sealed record Runs(Task<BicepRun> Lint, Task<BicepRun> Build, string OutputDirectory);
}
