using Cascade.App.Customers;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Accounts;

/// <summary>GET /api/accounts/{domain}: the account's customer status, people, deals, lifetime value and status history.</summary>
public sealed class GetAccount(AccountQuery query)
{
    [Function(nameof(GetAccount))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "accounts/{domain}")] HttpRequest request, string domain) =>
        StorageGuard.RunAsync(request, async cancellationToken => ReadAnswers.Json(await query.GetAsync(domain, cancellationToken)));
}
