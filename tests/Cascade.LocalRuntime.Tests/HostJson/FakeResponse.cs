using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;

namespace Cascade.LocalRuntime.Tests.HostJson;

/// <summary>The raw response the fake queue's results carry: 200 with no headers.</summary>
public sealed class FakeResponse : Response
{
    public static readonly FakeResponse Ok = new();

    public override int Status => 200;

    public override string ReasonPhrase => "OK";

    public override Stream? ContentStream { get; set; }

    public override string ClientRequestId { get; set; } = "";

    public override void Dispose()
    {
    }

    protected override bool ContainsHeader(string name) => false;

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => [];

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
    {
        value = null;
        return false;
    }

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        values = null;
        return false;
    }
}
