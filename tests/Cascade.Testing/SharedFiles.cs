namespace Cascade.Testing;

/// <summary>
/// Finds the project's shared folder (spec and samples), which sits beside the repository as
/// <c>../shared</c>; <c>CASCADE_SHARED</c> overrides it.
/// </summary>
public static class SharedFiles
{
    public static string Root { get; } = Locate();

    public static string Sample(string fileName) => Path.Combine(Root, "samples", fileName);

    private static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CASCADE_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                if (Directory.Exists(shared))
                {
                    return shared;
                }

                throw new DirectoryNotFoundException($"Expected the shared folder at {shared} (or set CASCADE_SHARED).");
            }
        }

        throw new DirectoryNotFoundException("Could not find the repository root (Functions.sln) above " + AppContext.BaseDirectory);
    }
}
