using Cascade.Domain.Touchpoints;

namespace Cascade.App.Forms;

/// <summary>
/// A website form post read into a touchpoint. <see cref="IsSpam"/> when the honeypot field was filled: the
/// edge answers as if accepted and stores nothing, so bots learn nothing.
/// </summary>
public sealed record FormSubmission(Touchpoint Touchpoint, bool? Consent, Uri? RedirectUrl, bool IsSpam);
