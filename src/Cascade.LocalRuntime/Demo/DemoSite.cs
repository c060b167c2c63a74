using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace Cascade.LocalRuntime.Demo;

/// <summary>
/// Serves the demo website (web/demo: a landing page with the snippet and a form) at <c>/demo/</c>, for local
/// development and the browser tests only: the pages share the runtime's origin, so the snippet and the form post
/// to it as a customer's site would to Cascade. The Functions app never serves it.
/// </summary>
internal static class DemoSite
{
    public const string Path = "/demo";

    public static void Map(WebApplication app, string? directory)
    {
        if (directory is null)
            return;
        if (!Directory.Exists(directory))
            throw new ArgumentException($"--demo: no directory {directory}");

        var files = new PhysicalFileProvider(System.IO.Path.GetFullPath(directory));
        // A middleware, not an endpoint: routing ignores a trailing slash, and static files skip matched endpoints.
        app.Use((context, next) =>
        {
            if (context.Request.Path.Value != Path)
                return next(context);
            context.Response.Redirect(Path + "/" + context.Request.QueryString);
            return Task.CompletedTask;
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = Path });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = Path,
            // Edits to the demo show on the next reload.
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
        });
    }
}
