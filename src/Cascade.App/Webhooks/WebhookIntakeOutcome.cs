namespace Cascade.App.Webhooks;

/// <summary>How a webhook delivery ended (the function layer maps these to 202, 400 and 401).</summary>
public enum WebhookIntakeOutcome
{
    Accepted,
    Invalid,
    Unauthorized,
}
