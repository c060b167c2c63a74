using Cascade.App.Forms;
using Cascade.App.Messages;
using Cascade.Domain.Touchpoints;

namespace Cascade.App.Tests.Forms;

public sealed class FormSubmissionReaderTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Read_DemoForm_RecordsItsTypeCampaignAndVisitor()
    {
        var fields = new Dictionary<string, string>
        {
            ["email"] = "Ada@Acme.com", ["jobTitle"] = "VP Marketing", ["companySize"] = "250",
            ["anonymousId"] = "anon-1", ["submissionId"] = "s-1", ["pageUrl"] = "https://acme.example/demo",
        };
        var definition = new FormDefinition(TouchpointTypes.DemoRequest, "demo-2026", new Uri("https://acme.example/thanks"));

        var result = FormSubmissionReader.Read("demo", fields, definition, ReceivedAt, "generated");

        var submission = result.Value!;
        Assert.False(submission.IsSpam);
        Assert.Equal("form:demo:s-1", submission.Touchpoint.EventId);
        Assert.Equal(TouchpointTypes.DemoRequest, submission.Touchpoint.Type);
        Assert.Equal("demo-2026", submission.Touchpoint.Campaign);
        Assert.Equal("anon-1", submission.Touchpoint.AnonymousId);
        Assert.Equal(250, submission.Touchpoint.Profile!.CompanySize);
        Assert.Equal(ReceivedAt, submission.Touchpoint.OccurredAt);
    }

    [Fact]
    public void Read_UnknownFormWithoutSubmissionId_IsAFormFillWithANewId()
    {
        var result = FormSubmissionReader.Read(
            "newsletter", new Dictionary<string, string> { ["email"] = "ada@acme.com" }, FormDefinition.Unknown("newsletter"), ReceivedAt, "new-id");

        Assert.Equal("form:newsletter:new-id", result.Value!.Touchpoint.EventId);
        Assert.Equal(TouchpointTypes.FormFill, result.Value.Touchpoint.Type);
        Assert.Equal("newsletter", result.Value.Touchpoint.Campaign);
    }

    [Fact]
    public void Read_HoneypotFilled_IsSpam()
    {
        var fields = new Dictionary<string, string> { ["email"] = "bot@spam.example", ["website"] = "http://spam.example" };

        Assert.True(FormSubmissionReader.Read("f", fields, FormDefinition.Unknown("f"), ReceivedAt, "id").Value!.IsSpam);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-address")]
    public void Read_WithoutAValidEmail_IsRefused(string email)
    {
        var result = FormSubmissionReader.Read("f", new Dictionary<string, string> { ["email"] = email }, FormDefinition.Unknown("f"), ReceivedAt, "id");

        Assert.Contains("email", result.Errors.ToDictionary().Keys);
    }

    [Theory]
    [InlineData("demo\u0001")]
    [InlineData("demo\n")]
    [InlineData("  ")]
    public void Read_FormIdTheHandlerCouldNotStore_IsRefused(string formId)
    {
        var fields = new Dictionary<string, string> { ["email"] = "ada@acme.com" };

        var result = FormSubmissionReader.Read(formId, fields, FormDefinition.Unknown(formId), ReceivedAt, "generated");

        Assert.False(result.IsValid);
        Assert.Contains("formId", result.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void Read_LongestFormAndSubmissionIds_GiveAnEventIdTheHandlerAccepts()
    {
        var formId = new string('f', FormSubmissionReader.MaxFormIdLength);
        var fields = new Dictionary<string, string> { ["email"] = "ada@acme.com", ["submissionId"] = new string('s', FormSubmissionReader.MaxSubmissionIdLength) };

        var result = FormSubmissionReader.Read(formId, fields, FormDefinition.Unknown(formId), ReceivedAt, "generated");

        Assert.Equal(result.Value!.Touchpoint, TouchpointDocument.From(result.Value.Touchpoint).ToTouchpoint());
    }
}
