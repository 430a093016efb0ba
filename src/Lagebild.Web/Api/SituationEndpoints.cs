using Lagebild.Store;
using Lagebild.Store.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lagebild.Web.Api;

/// <summary>The JSON API: thin, validated endpoints over <see cref="ISituationStore"/>.</summary>
public static class SituationEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("situation");

        api.MapGet("/incidents", (ISituationStore store, QueryTimeout timeout, HttpContext http,
                [FromQuery] string? actor, [FromQuery] string? type, [FromQuery] string? quad, [FromQuery] string? from,
                [FromQuery] string? to, [FromQuery] string? outlet, [FromQuery] string? text, [FromQuery] string? offset,
                [FromQuery] string? limit) =>
            {
                var filter = QueryParameters.Filter(actor, type, quad, from, to, outlet, text, offset, limit);
                return Run(timeout, http, ct => store.IncidentsAsync(filter, ct));
            })
            .WithSummary("Incidents (events merged across reports), filtered by actor, PLOVER type, quad class, date range, outlet and text.");

        api.MapGet("/incidents/{id}", async (ISituationStore store, QueryTimeout timeout, HttpContext http, string id) =>
            {
                if (!long.TryParse(id, out var number) || number < 0)
                    throw new BadParameterException("id", $"must be a whole number, got '{id}'");
                var incident = await Run(timeout, http, ct => store.IncidentAsync(number, ct));
                return incident is null ? Results.NotFound(new ApiError($"no incident {number}")) : Results.Ok(incident);
            })
            .WithSummary("One incident with every report of it.");

        api.MapGet("/events", (ISituationStore store, QueryTimeout timeout, HttpContext http,
                [FromQuery] string? actor, [FromQuery] string? type, [FromQuery] string? quad, [FromQuery] string? from,
                [FromQuery] string? to, [FromQuery] string? outlet, [FromQuery] string? text, [FromQuery] string? offset,
                [FromQuery] string? limit) =>
            {
                var filter = QueryParameters.Filter(actor, type, quad, from, to, outlet, text, offset, limit);
                return Run(timeout, http, ct => store.EventsAsync(filter, ct));
            })
            .WithSummary("Events as each document states them, with the incident each was merged into.");

        api.MapGet("/actors", (ISituationStore store, QueryTimeout timeout, HttpContext http) =>
                Run(timeout, http, store.ActorsAsync))
            .WithSummary("Actors with mention and incident counts and their relations (who acts on whom, cooperation vs conflict).");

        api.MapGet("/quotes", (ISituationStore store, QueryTimeout timeout, HttpContext http,
                [FromQuery] string? speaker, [FromQuery] string? offset, [FromQuery] string? limit) =>
            {
                var who = QueryParameters.Text("speaker", speaker);
                var start = QueryParameters.Offset(offset);
                var size = QueryParameters.Limit(limit);
                return Run(timeout, http, ct => store.QuotesAsync(who, start, size, ct));
            })
            .WithSummary("Quotes merged across outlets, optionally of one speaker.");

        api.MapGet("/documents/{id}", async (ISituationStore store, QueryTimeout timeout, HttpContext http, string id) =>
            {
                var key = QueryParameters.Text("id", id, required: true)!;
                var document = await Run(timeout, http, ct => store.DocumentAsync(key, ct));
                return document is null ? Results.NotFound(new ApiError($"no document '{key}'")) : Results.Ok(document);
            })
            .WithSummary("One stored document: text, outlet, document creation time and the analysis as JSON.");

        api.MapGet("/outlets", (ISituationStore store, QueryTimeout timeout, HttpContext http) =>
                Run(timeout, http, store.OutletsAsync))
            .WithSummary("Per outlet: documents, events, the actors it features and whose quotes it carries.");

        api.MapGet("/search", (ISituationStore store, QueryTimeout timeout, HttpContext http,
                [FromQuery] string? q, [FromQuery] string? offset, [FromQuery] string? limit) =>
            {
                var query = QueryParameters.Text("q", q, required: true)!;
                var start = QueryParameters.Offset(offset);
                var size = QueryParameters.Limit(limit);
                return Run(timeout, http, ct => store.SearchAsync(query, start, size, ct));
            })
            .WithSummary("Full-text search over sentences.");

        api.MapGet("/categories", () => PloverCategories.All)
            .WithSummary("The PLOVER categories with quad class and the Goldstein-like weight used for the tension curve.");
    }

    /// <summary>Runs a store query under the time limit; a timeout becomes <see cref="QueryTimeoutException"/>.</summary>
    private static async Task<T> Run<T>(QueryTimeout timeout, HttpContext http, Func<CancellationToken, Task<T>> query)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        limit.CancelAfter(timeout.Limit);
        try
        {
            return await query(limit.Token);
        }
        catch (OperationCanceledException e) when (limit.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            throw new QueryTimeoutException(e);
        }
    }
}
