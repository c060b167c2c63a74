namespace Cascade.Domain.Touchpoints;

/// <summary>The UTM parameters a touch arrived with (all optional).</summary>
public sealed record Utm(string? Source, string? Medium, string? Campaign, string? Term, string? Content)
{
    public static readonly Utm None = new(null, null, null, null, null);
}
