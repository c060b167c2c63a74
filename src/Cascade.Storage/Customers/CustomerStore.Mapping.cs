using System.Text.Json;
using Cascade.Domain.Customers;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Customers;

public sealed partial class CustomerStore
{
    private static CustomerStatusEntity ToEntity(CustomerRecord r) => new()
    {
        PartitionKey = TableKeys.Escape(r.Domain),
        RowKey = StatusRow,
        Domain = r.Domain,
        Status = r.State.Status.ToString(),
        Since = r.State.StatusSince,
        LastActivityAt = r.State.LastActivityAt,
        FirstWonAt = r.FirstWonAt,
        WonDeals = TableLimits.CheckString(JsonSerializer.Serialize(r.WonDeals.Select(d =>
            new CustomerDealDocument(d.OpportunityId, d.Type.ToName(), d.Amount, d.CreatedAt, d.ClosedAt!.Value))), nameof(r.WonDeals))!,
        History = TableLimits.CheckString(JsonSerializer.Serialize(r.History.Select(c => new CustomerChangeDocument(
            c.From.ToString(), c.To.ToString(), c.At, c.Cause.Action, c.Cause.TouchpointId, c.Cause.OpportunityId, c.Cause.User, c.Cause.Reason))), nameof(r.History))!,
        EvaluatedAt = r.EvaluatedAt,
        Summary = CustomerSummaryDocument.Write(r.Summary),
        Listed = true,
    };

    private static CustomerRecord ToDomain(CustomerStatusEntity e)
    {
        var state = new CustomerState
        {
            Status = Enum.Parse<CustomerStatus>(e.Status),
            StatusSince = e.Since?.ToUniversalTime(),
            LastActivityAt = e.LastActivityAt?.ToUniversalTime(),
        };
        var deals = (JsonSerializer.Deserialize<CustomerDealDocument[]>(e.WonDeals) ?? [])
            .Select(d => new CustomerDeal(
                d.OpportunityId,
                OpportunityTypes.TryParse(d.Type, out var type) ? type : OpportunityType.NewBusiness,
                OpportunityStatus.Won,
                d.Amount,
                d.CreatedAt.ToUniversalTime(),
                d.ClosedAt.ToUniversalTime()))
            .ToList();
        var history = (JsonSerializer.Deserialize<CustomerChangeDocument[]>(e.History) ?? [])
            .Select(c => new CustomerStatusChange(
                Enum.Parse<CustomerStatus>(c.From),
                Enum.Parse<CustomerStatus>(c.To),
                c.At.ToUniversalTime(),
                new TransitionCause { Action = c.Action, TouchpointId = c.TouchpointId, OpportunityId = c.OpportunityId, User = c.User, Reason = c.Reason }))
            .ToList();
        return new CustomerRecord(e.Domain, state, history, deals, e.EvaluatedAt.ToUniversalTime()) { Summary = CustomerSummaryDocument.Read(e.Summary) };
    }
}
