using System.Text;
using Lagebild.Store.Queries;

namespace Lagebild.Store.Tests;

/// <summary>The store's content as text without database ids, to compare two stores.</summary>
internal static class StoreSnapshot
{
    public static async Task<string> OfAsync(ISituationStore store)
    {
        var sb = new StringBuilder();
        foreach (var id in (await store.DocumentIdsAsync()).Order(StringComparer.Ordinal))
        {
            var d = (await store.DocumentAsync(id))!;
            sb.AppendLine($"doc {d.Id} {d.Outlet} {d.DuplicateOf} {d.Text.Length}");
        }
        var incidents = (await store.IncidentsAsync(new IncidentFilter { Limit = 100_000 })).Items
            .Select(i => $"incident {i.Type} {i.Date} {string.Join(",", i.Source)}>{string.Join(",", i.Target)} c={i.Corroboration} "
                + string.Join(";", i.Reports.Select(r => $"{r.Document}@{r.Start}").Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal);
        foreach (var line in incidents) sb.AppendLine(line);
        var quotes = (await store.QuotesAsync(null, 0, 100_000)).Items
            .Select(q => $"quote {q.Speaker} {q.Text} " + string.Join(";", q.Reports.Select(r => $"{r.Document}@{r.Start}").Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal);
        foreach (var line in quotes) sb.AppendLine(line);
        return sb.ToString();
    }
}
