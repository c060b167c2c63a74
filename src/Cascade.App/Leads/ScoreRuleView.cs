namespace Cascade.App.Leads;

/// <summary>One scoring rule that contributed, e.g. <c>title:vp</c> or <c>behaviour:webinar_attended</c>.</summary>
public sealed record ScoreRuleView(string Rule, double Points);
