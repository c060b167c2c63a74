namespace Cascade.Domain.Touchpoints;

/// <summary>
/// The touchpoint types Cascade knows by name. The list is open: an unknown type is kept and scores 0.
/// </summary>
public static class TouchpointTypes
{
    public const string PageView = "page_view";
    public const string FormFill = "form_fill";
    public const string ContentDownload = "content_download";
    public const string EmailOpen = "email_open";
    public const string EmailClick = "email_click";
    public const string AdClick = "ad_click";
    public const string WebinarRegistered = "webinar_registered";
    public const string WebinarAttended = "webinar_attended";
    public const string EventAttended = "event_attended";
    public const string Chat = "chat";
    public const string DemoRequest = "demo_request";
    public const string ContactRequest = "contact_request";
    public const string MeetingBooked = "meeting_booked";
    public const string SalesCall = "sales_call";
    public const string SalesEmail = "sales_email";
    public const string SalesMeeting = "sales_meeting";
    public const string Unsubscribe = "unsubscribe";
    public const string NpsResponse = "nps_response";

    /// <summary>True for SDR/BDR/AE activity, whose origin defaults to <see cref="Origin.Sales"/>.</summary>
    public static bool IsSalesActivity(string type) =>
        type is SalesCall or SalesEmail or SalesMeeting;

    /// <summary>True for the touches by which a person asks for sales: they make a lead an MQL at once.</summary>
    public static bool IsHandRaiser(string type) =>
        type is DemoRequest or ContactRequest or MeetingBooked;

    /// <summary>
    /// True for a survey answer (<c>nps_response</c>): the customer's voice, no marketing touch, so it stays out of
    /// journeys, attribution and scoring, while it still counts as the person's activity.
    /// </summary>
    public static bool IsSurveyAnswer(string type) => type is NpsResponse;

    /// <summary>The origin a touch has when its payload does not say.</summary>
    public static Origin DefaultOrigin(string type) =>
        IsSalesActivity(type) ? Origin.Sales : Origin.Marketing;
}
