namespace Cascade.App.Customers;

/// <summary>The period's net promoter score: answers (latest per person), promoters, passives, detractors, score (null without answers).</summary>
public sealed record NpsView(int Responses, int Promoters, int Passives, int Detractors, decimal? Score);
