namespace Cascade.App.Messages;

/// <summary>UTM parameters as JSON.</summary>
public sealed record UtmDocument(string? Source, string? Medium, string? Campaign, string? Term, string? Content);
