using System.Text.RegularExpressions;

namespace Cascade.App.Collect;

/// <summary>
/// Tells crawlers, monitors, link previewers and scripted clients from people by their User-Agent, so that
/// their page views are not counted as a buyer's interest. Their requests are answered 202 and dropped:
/// a bot told "no" retries or adapts, one told "accepted" moves on. A request without a User-Agent is a bot
/// (every browser sends one). "Cubot" phones are people, not bots. Headless browsers are bots too: people do not browse headless.
/// </summary>
public static class BotFilter
{
    /// <summary>The patterns, matched case-insensitively anywhere in the User-Agent.</summary>
    public static readonly IReadOnlyList<string> Patterns =
    [
        @"(?<!cu)bot\b", "bot/", "crawl", "spider", "slurp", "scrap",                       // generic crawlers (Googlebot, bingbot, …)
        "mediapartners", "adsbot", "feedfetcher", "google-inspectiontool", "lighthouse", "pagespeed",
        "facebookexternalhit", "linkedinbot", "twitterbot", "slackbot", "discordbot", "whatsapp", "telegrambot",
        "embedly", "skypeuripreview", "bitlypreview",                                 // link previews
        "headless", "phantomjs", "puppeteer", "playwright", "selenium", "webdriver",  // automation
        "curl/", "wget/", "python-requests", "python-urllib", "aiohttp", "httpx", "go-http-client", "java/",
        "okhttp", "axios/", "node-fetch", "undici", "libwww-perl", "httpclient", "postmanruntime", "insomnia",
        "pingdom", "uptimerobot", "statuscake", "site24x7", "newrelicpinger", "datadog", "monitor",
        "ahrefs", "semrush", "mj12", "dotbot", "petalbot", "bytespider", "gptbot", "ccbot", "claudebot",
        "perplexity", "applebot", "yandex", "baiduspider", "duckduckbot", "sogou", "exabot", "archive.org_bot",
    ];

    private static readonly Regex Any = new(string.Join('|', Patterns),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static bool IsBot(string? userAgent) =>
        string.IsNullOrWhiteSpace(userAgent) || userAgent.Length > 1024 || Any.IsMatch(userAgent);
}
