namespace Cascade.Domain.Pipeline;

/// <summary>
/// One amount change the waterfall books (an in-scope opportunity's amount moved, at <see cref="At"/>, by
/// <see cref="Amount"/>, negative for a decrease); <see cref="PreviousAt"/> is its previous version's instant, or its
/// creation: the change's window for crediting touches is (PreviousAt, At].
/// </summary>
public sealed record AmountChange(string OpportunityId, DateTimeOffset At, DateTimeOffset PreviousAt, decimal Amount);
