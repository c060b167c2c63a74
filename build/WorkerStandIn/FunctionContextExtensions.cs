using Microsoft.AspNetCore.Http;

namespace Microsoft.Azure.Functions.Worker;

public static class FunctionContextExtensions
{
    public static HttpContext? GetHttpContext(this FunctionContext context) => throw new NotSupportedException(StandIn.Message);
}
