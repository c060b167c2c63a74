using Cascade.App.Customers;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Reports;

/// <summary>GET /api/reports/customers?from=&amp;to=: retention, repeat purchase, expansion, lifetime value and NPS.</summary>
public sealed class GetCustomersReport(CustomersReportQuery query)
{
    [Function(nameof(GetCustomersReport))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/customers")] HttpRequest request) =>
        StorageGuard.RunAsync(request, async cancellationToken => ReadAnswers.JsonOrCsv(
            request, await query.GetAsync(QueryValues.Of(request), cancellationToken), CustomersReportCsv.Render));
}
