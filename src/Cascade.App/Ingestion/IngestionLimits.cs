namespace Cascade.App.Ingestion;

/// <summary>The size limits of the ingestion edge (api.md).</summary>
public static class IngestionLimits
{
    /// <summary>Items in one <c>POST /api/touchpoints</c> or <c>/api/crm/opportunities</c> body.</summary>
    public const int MaxBatchItems = 500;

    public const int MaxTouchpointBodyBytes = 1024 * 1024;

    public const int MaxFormBodyBytes = 64 * 1024;

    public const int MaxCollectBodyBytes = 16 * 1024;
}
