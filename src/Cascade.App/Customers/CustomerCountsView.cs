namespace Cascade.App.Customers;

/// <summary>Customer accounts at the period's start and end, those won for the first time in it, and those that churned in it.</summary>
public sealed record CustomerCountsView(int Start, int End, int New, int Churned);
