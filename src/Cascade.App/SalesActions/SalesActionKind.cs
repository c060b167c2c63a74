namespace Cascade.App.SalesActions;

/// <summary>The actions sales takes on a lead (api.md).</summary>
public enum SalesActionKind
{
    Accept,
    Reject,
    Qualify,
    Disqualify,
    Recycle,
    MarkFan,
    UnmarkFan,
}
