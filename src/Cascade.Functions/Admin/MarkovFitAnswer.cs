namespace Cascade.Functions.Admin;

/// <summary>The answer of <c>POST /api/admin/markov/fit</c>: when the fit was made and each channel's share.</summary>
public sealed record MarkovFitAnswer(DateTimeOffset FittedAt, IReadOnlyDictionary<string, double> Shares);
