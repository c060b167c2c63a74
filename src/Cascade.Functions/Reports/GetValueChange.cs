using Cascade.App.Reports.ValueChange;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Reports;

/// <summary>GET /api/reports/value-change/{quarter}: the quarter's amount changes credited to the marketing touches before each.</summary>
public sealed class GetValueChange(ValueChangeQuery query)
{
    [Function(nameof(GetValueChange))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/value-change/{quarter}")] HttpRequest request, string quarter) =>
        StorageGuard.RunAsync(request, async cancellationToken => ReadAnswers.JsonOrCsv(
            request, await query.GetAsync(quarter, QueryValues.Of(request), cancellationToken), ValueChangeCsv.Render));
}
