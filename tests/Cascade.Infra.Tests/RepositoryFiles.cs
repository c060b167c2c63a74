namespace Cascade.Infra.Tests;

/// <summary>Files of the repository under test, found from the test assembly by walking up to Functions.sln.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = Locate();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Could not find the repository root (Functions.sln) above " + AppContext.BaseDirectory);
    }
}
