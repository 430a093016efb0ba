using Lagebild.Store.Queries;

namespace Lagebild.Store.Export;

/// <summary>Reads every incident or event matching a filter, page by page.</summary>
internal static class StorePages
{
    private const int PageSize = 500;

    public static async IAsyncEnumerable<IncidentRecord> IncidentsAsync(
        ISituationStore store, IncidentFilter? filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var f = (filter ?? new IncidentFilter()) with { Offset = 0, Limit = PageSize };
        while (true)
        {
            var page = await store.IncidentsAsync(f, ct);
            foreach (var item in page.Items) yield return item;
            if (page.Items.Count < PageSize) yield break;
            f = f with { Offset = f.Offset + PageSize };
        }
    }

    public static async IAsyncEnumerable<EventRecord> EventsAsync(
        ISituationStore store, IncidentFilter? filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var f = (filter ?? new IncidentFilter()) with { Offset = 0, Limit = PageSize };
        while (true)
        {
            var page = await store.EventsAsync(f, ct);
            foreach (var item in page.Items) yield return item;
            if (page.Items.Count < PageSize) yield break;
            f = f with { Offset = f.Offset + PageSize };
        }
    }
}
