using System.Globalization;
using Lagebild.Store.Queries;

namespace Lagebild.Store.Export;

/// <summary>Events as CSV, one row per event as its document states it, with the incident it was merged into.</summary>
public static class EventCsvExporter
{
    public static readonly string[] Header =
        ["id", "incident_id", "document", "outlet", "type", "mode", "source", "target", "date", "location", "context", "start", "end", "text", "rule"];

    public static async Task<int> WriteAsync(ISituationStore store, TextWriter writer, IncidentFilter? filter = null, CancellationToken cancellationToken = default)
    {
        CsvWriter.WriteRow(writer, Header);
        int rows = 0;
        await foreach (var e in StorePages.EventsAsync(store, filter, cancellationToken))
        {
            CsvWriter.WriteRow(writer,
            [
                e.Id.ToString(CultureInfo.InvariantCulture), e.IncidentId.ToString(CultureInfo.InvariantCulture), e.Document, e.Outlet, e.Type, e.Mode,
                CsvWriter.List(e.Source), CsvWriter.List(e.Target), e.Date, e.Location, CsvWriter.List(e.Context),
                e.Start.ToString(CultureInfo.InvariantCulture), e.End.ToString(CultureInfo.InvariantCulture), e.Text, e.Rule,
            ]);
            rows++;
        }
        await writer.FlushAsync(cancellationToken);
        return rows;
    }
}
