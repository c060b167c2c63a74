namespace Cascade.App.Forms;

/// <summary>How a form post ended: queued, dropped as spam (answered as if accepted), or refused.</summary>
public enum FormIntakeOutcome
{
    Accepted,
    Spam,
    Invalid,
}
