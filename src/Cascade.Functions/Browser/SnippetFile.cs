using System.Security.Cryptography;

namespace Cascade.Functions.Browser;

/// <summary>
/// The minified website snippet (web/dist/cascade.min.js, embedded at build time so the app ships it) and
/// its strong ETag, a hash of the bytes, so browsers revalidate cheaply after a deployment changes it.
/// </summary>
public sealed class SnippetFile(byte[] content)
{
    public const string ResourceName = "cascade.min.js";

    public byte[] Content { get; } = content;

    public string ETag { get; } = "\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 16)) + "\"";

    public static SnippetFile Load()
    {
        using var stream = typeof(SnippetFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new SnippetFile(copy.ToArray());
    }

    /// <summary>True when an If-None-Match header names this version (or any, with <c>*</c>).</summary>
    public bool Matches(string? ifNoneMatch) =>
        !string.IsNullOrEmpty(ifNoneMatch)
        && ifNoneMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(tag => tag == "*" || (tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag) == ETag);
}
