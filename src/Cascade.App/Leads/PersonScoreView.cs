namespace Cascade.App.Leads;

/// <summary>A score with the rules that made it, each rounded to two decimals (domain §4).</summary>
public sealed record PersonScoreView(double Total, double Demographic, double Behavioural, IReadOnlyList<ScoreRuleView> Rules);
