using System.Text.Json;
using Lagebild.Store;
using Lagebild.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Lagebild.Web;

/// <summary>Builds the web application of <c>lagebild serve</c>: the JSON API over a store and the page.</summary>
public static class SituationWebApp
{
    /// <summary>Longest time one API query may take before the request is answered with 503.</summary>
    public static readonly TimeSpan DefaultQueryTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Builds (does not start) the application. <paramref name="urls"/> is e.g. <c>http://127.0.0.1:5080</c>; port 0 picks
    /// a free port (read it from <c>app.Urls</c> after <c>StartAsync</c>). The store is not disposed by the application.
    /// </summary>
    public static WebApplication Build(
        ISituationStore store, string urls = "http://127.0.0.1:5080", TimeSpan? queryTimeout = null, bool quiet = true)
    {
        ArgumentNullException.ThrowIfNull(store);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(SituationWebApp).Assembly.GetName().Name });
        builder.WebHost.UseUrls(urls);
        if (quiet)
        {
            builder.Logging.ClearProviders();
        }
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(new QueryTimeout(queryTimeout ?? DefaultQueryTimeout));
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Lagebild situation API";
            doc.Info.Description = "Incidents, events, actors, quotes, documents and outlets of the situation store. "
                + $"Lists are paged with offset and limit (1..{QueryParameters.MaxLimit}, default {QueryParameters.DefaultLimit}); "
                + "bad parameters are answered with 400 and {\"error\": \"…\"}, queries slower than the time limit with 503.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.UseExceptionHandler(errors => errors.Run(ErrorResponse));
        app.UseStatusCodePages(async context =>
        {
            var response = context.HttpContext.Response;
            if (response.HasStarted || response.ContentLength is > 0) return;
            await response.WriteAsJsonAsync(new ApiError($"HTTP {response.StatusCode}"));
        });

        var files = new EmbeddedFileProvider(typeof(SituationWebApp).Assembly, "Lagebild.Web.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });

        app.MapOpenApi("/openapi/{documentName}.json");
        SituationEndpoints.Map(app);
        return app;
    }

    private static async Task ErrorResponse(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        (int status, string message) = error switch
        {
            BadParameterException bad => (StatusCodes.Status400BadRequest, bad.Message),
            BadHttpRequestException bad => (StatusCodes.Status400BadRequest, bad.Message),
            ArgumentException bad => (StatusCodes.Status400BadRequest, bad.Message),
            QueryTimeoutException => (StatusCodes.Status503ServiceUnavailable, "the query took longer than the time limit; narrow the filters"),
            _ => (StatusCodes.Status500InternalServerError, "internal error"),
        };
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new ApiError(message));
    }
}

/// <summary>The body of every error response.</summary>
public sealed record ApiError(string Error);

/// <summary>The time limit for one store query.</summary>
public sealed record QueryTimeout(TimeSpan Limit);

/// <summary>Thrown when a store query exceeds the time limit.</summary>
public sealed class QueryTimeoutException(Exception inner) : Exception("query time limit exceeded", inner);
