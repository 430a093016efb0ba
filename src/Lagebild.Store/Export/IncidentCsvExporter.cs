using System.Globalization;
using Lagebild.Store.Queries;

namespace Lagebild.Store.Export;

/// <summary>Incidents as CSV, one row per incident with its corroboration and the documents reporting it.</summary>
public static class IncidentCsvExporter
{
    public static readonly string[] Header =
        ["id", "type", "mode", "quad_class", "source", "target", "date", "location", "context", "corroboration", "reports", "documents", "outlets", "merge_reason"];

    public static async Task<int> WriteAsync(ISituationStore store, TextWriter writer, IncidentFilter? filter = null, CancellationToken cancellationToken = default)
    {
        CsvWriter.WriteRow(writer, Header);
        int rows = 0;
        await foreach (var incident in StorePages.IncidentsAsync(store, filter, cancellationToken))
        {
            WriteRow(writer, incident);
            rows++;
        }
        await writer.FlushAsync(cancellationToken);
        return rows;
    }

    public static void WriteRow(TextWriter writer, IncidentRecord i) =>
        CsvWriter.WriteRow(writer,
        [
            i.Id.ToString(CultureInfo.InvariantCulture), i.Type, i.Mode, i.QuadClass, CsvWriter.List(i.Source), CsvWriter.List(i.Target),
            i.Date, i.Location, CsvWriter.List(i.Context), i.Corroboration.ToString(CultureInfo.InvariantCulture),
            i.Reports.Count.ToString(CultureInfo.InvariantCulture), CsvWriter.List(i.Reports.Select(r => r.Document).Distinct()),
            CsvWriter.List(i.Reports.Select(r => r.Outlet ?? "").Where(o => o.Length > 0).Distinct()), i.MergeReason,
        ]);
}
