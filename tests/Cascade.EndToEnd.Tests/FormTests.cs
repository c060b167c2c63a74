using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cascade.EndToEnd.Tests.Infrastructure;

namespace Cascade.EndToEnd.Tests;

/// <summary>Website forms through the anonymous endpoint: a plain HTML post, CORS, and the honeypot.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class FormTests(CascadeHost host)
{
    [Fact]
    public async Task PostForm_PlainHtmlFormAcceptingHtml_RedirectsToTheThankYouPage_AndThePersonBecomesKnown()
    {
        const string email = "grace@forms-e2e.example";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/forms/{CascadeHost.DemoForm}")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["email"] = email, ["firstName"] = "Grace", ["jobTitle"] = "Head of Marketing", ["anonymousId"] = "anon-forms-e2e",
                ["utm_source"] = "newsletter", ["website"] = string.Empty,
            }),
        };
        request.Headers.Add("Origin", CascadeHost.AllowedOrigin);
        request.Headers.Add("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await host.Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(CascadeHost.ThankYouPage, response.Headers.Location!.AbsoluteUri);
        Assert.Equal(CascadeHost.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        await host.DrainAsync();
        var person = await host.Client.GetFromJsonAsync<JsonElement>($"/api/people/{email}");
        Assert.Equal(email, person.GetProperty("email").GetString());
        Assert.NotEqual("anonymous", person.GetProperty("stage").GetString());
        Assert.Contains(person.GetProperty("touchpoints").EnumerateArray(), t => t.GetProperty("type").GetString() == "demo_request");
    }

    [Fact]
    public async Task PostForm_AsJsonWithoutAcceptingHtml_Answers202Json()
    {
        using var response = await host.Anonymous.PostAsJsonAsync("/api/forms/newsletter", new { email = "alan@forms-e2e.example", submissionId = "s-json-1" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, body.GetProperty("accepted").GetInt32());
    }

    [Fact]
    public async Task PostForm_Multipart_IsAccepted()
    {
        using var content = new MultipartFormDataContent { { new StringContent("ada@forms-e2e.example"), "email" }, { new StringContent("s-multi-1"), "submissionId" } };

        using var response = await host.Anonymous.PostAsync("/api/forms/whitepaper", content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Preflight_FromAnAllowedOrigin_IsAnsweredWithTheCorsHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/forms/demo");
        request.Headers.Add("Origin", CascadeHost.AllowedOrigin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");

        using var response = await host.Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(CascadeHost.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Equal("content-type", response.Headers.GetValues("Access-Control-Allow-Headers").Single());
    }

    [Theory]
    [InlineData("OPTIONS")]
    [InlineData("POST")]
    public async Task Form_FromAnotherOrigin_Is403ProblemDetails(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/forms/demo")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "mallory@forms-e2e.example" }),
        };
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await host.Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task PostForm_WithTheHoneypotFilled_Answers202AndStoresNothing()
    {
        const string email = "bot@forms-e2e.example";
        using var response = await host.Anonymous.PostAsync("/api/forms/demo", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["website"] = "https://spam.example",
        }));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await host.DrainAsync();
        using var person = await host.Client.GetAsync($"/api/people/{email}");
        Assert.Equal(HttpStatusCode.NotFound, person.StatusCode);
    }
}
