using Microsoft.Extensions.Logging;

namespace Microsoft.Azure.Functions.Worker;

public static class FunctionContextLoggerExtensions
{
    public static ILogger<T> GetLogger<T>(this FunctionContext context) => throw new NotSupportedException(StandIn.Message);
}
