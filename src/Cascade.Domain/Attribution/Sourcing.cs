namespace Cascade.Domain.Attribution;

/// <summary>Who sourced (drove) an opportunity: the origin of its journey's first touch (domain §5).</summary>
public enum Sourcing
{
    /// <summary>The first touch has origin marketing.</summary>
    Marketing,

    /// <summary>The first touch has origin sales.</summary>
    Sales,

    /// <summary>The journey is empty.</summary>
    Unattributed,
}
