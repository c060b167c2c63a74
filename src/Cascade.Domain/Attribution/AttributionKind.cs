namespace Cascade.Domain.Attribution;

/// <summary>
/// What is credited: the pipeline an opportunity created (its amount at creation, touches up to creation)
/// or the revenue it brought (its won amount, touches up to the close).
/// </summary>
public enum AttributionKind
{
    Pipeline,
    Revenue,
}
