using Cascade.App.Ingestion;
using Cascade.App.Validation;

namespace Cascade.App.Forms;

/// <summary>A form post's outcome, with the form's redirect for browsers that posted a plain HTML form.</summary>
public sealed record FormIntakeResult(FormIntakeOutcome Outcome, IngestionOutcome Ingested, ValidationErrors? Errors, Uri? RedirectUrl);
