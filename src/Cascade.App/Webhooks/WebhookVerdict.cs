namespace Cascade.App.Webhooks;

/// <summary>What checking a webhook's signature found; anything but <see cref="Valid"/> is answered 401.</summary>
public enum WebhookVerdict
{
    Valid,

    /// <summary>No secret is configured for the source, so nothing it sends can be trusted.</summary>
    UnknownSource,

    /// <summary>The timestamp header is missing or not unix seconds.</summary>
    MissingTimestamp,

    /// <summary>The timestamp is more than <see cref="WebhookSignature.MaxSkew"/> away from now (a replay, or a wrong clock).</summary>
    Expired,

    /// <summary>The signature header is missing, malformed or does not match the body.</summary>
    BadSignature,
}
