namespace Cascade.Functions.Tests;

/// <summary>The text of the shared spec's api.md (../shared/spec beside the repository, or $CASCADE_SHARED/spec).</summary>
public static class ApiContract
{
    public static string Text { get; } = File.ReadAllText(Find());

    /// <summary>The text of the repository's README (its "Operator routes" extend api.md).</summary>
    public static string Readme { get; } = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Functions.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Find()
    {
        var shared = Environment.GetEnvironmentVariable("CASCADE_SHARED");
        if (!string.IsNullOrEmpty(shared))
            return Path.Combine(shared, "spec", "api.md");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
                return Path.Combine(dir.FullName, "..", "shared", "spec", "api.md");
        }

        throw new InvalidOperationException("Functions.sln not found above " + AppContext.BaseDirectory);
    }
}
