namespace Cascade.Domain.Attribution;

/// <summary>
/// The ten attribution models of domain §5. Wire names (<c>first_touch</c>, …) via
/// <see cref="AttributionModels"/>.
/// </summary>
public enum AttributionModel
{
    FirstTouch,
    LastTouch,
    Linear,
    UShaped,
    WShaped,
    JShaped,
    InverseJ,
    FullPath,
    TimeDecay,
    Markov,
}
