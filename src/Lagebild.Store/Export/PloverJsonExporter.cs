using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lagebild.Store.Merging;
using Lagebild.Store.Queries;

namespace Lagebild.Store.Export;

/// <summary>
/// Incidents as PLOVER JSON records, one per line (JSONL, as the PLOVER specification suggests), with the
/// specification's field names: <c>id</c>, <c>date</c>, <c>actor</c>, <c>recipient</c>, <c>event</c>, <c>mode</c>,
/// <c>context</c>, <c>quad_code</c>, <c>event_loc</c>, <c>event_text</c>, <c>text_info</c>, <c>cite_info</c>,
/// <c>coder</c>, <c>comment</c>.
/// </summary>
public static class PloverJsonExporter
{
    public const string Coder = "Lagebild";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> WriteAsync(ISituationStore store, Stream output, IncidentFilter? filter = null, CancellationToken cancellationToken = default)
    {
        int rows = 0;
        var documents = new Dictionary<string, DocumentRecord?>(StringComparer.Ordinal);
        await foreach (var incident in StorePages.IncidentsAsync(store, filter, cancellationToken))
        {
            var first = incident.Reports.FirstOrDefault(r => r.DuplicateOf is null) ?? incident.Reports.FirstOrDefault();
            DocumentRecord? document = null;
            if (first is not null && !documents.TryGetValue(first.Document, out document))
                documents[first.Document] = document = await store.DocumentAsync(first.Document, cancellationToken);
            using (var json = new Utf8JsonWriter(output, Options))
            {
                WriteRecord(json, incident, document);
            }
            output.WriteByte((byte)'\n');
            rows++;
        }
        await output.FlushAsync(cancellationToken);
        return rows;
    }

    /// <summary>Writes one PLOVER record for an incident; <paramref name="document"/> (the first report's) fills <c>cite_info</c>.</summary>
    public static void WriteRecord(Utf8JsonWriter w, IncidentRecord i, DocumentRecord? document)
    {
        w.WriteStartObject();
        w.WriteString("id", "lagebild-" + i.Id.ToString(CultureInfo.InvariantCulture));
        if (i.Date is { Length: >= 10 }) w.WriteString("date", i.Date[..10]);
        else if (i.Date is not null) w.WriteString("date", i.Date);
        else w.WriteNull("date");
        WriteEntities(w, "actor", i.Source);
        WriteEntities(w, "recipient", i.Target);
        WriteStrings(w, "event", [i.Type]);
        WriteStrings(w, "mode", i.Mode is null ? [] : [i.Mode]);
        WriteStrings(w, "context", i.Context);
        int quad = QuadClass.Code(i.QuadClass);
        if (quad > 0) w.WriteNumber("quad_code", quad);
        if (i.Location is not null)
        {
            w.WriteStartObject("event_loc");
            w.WriteString("extracted_place", i.Location);
            w.WriteEndObject();
        }
        WriteStrings(w, "event_text", i.Reports.Select(r => r.Text).Distinct().ToList());
        var first = i.Reports.FirstOrDefault(r => r.DuplicateOf is null) ?? i.Reports.FirstOrDefault();
        if (first is not null)
        {
            w.WriteStartObject("text_info");
            w.WriteNumber("start", first.Start);
            w.WriteNumber("end", first.End);
            w.WriteEndObject();
            w.WriteStartObject("cite_info");
            w.WriteString("citation", first.Document);
            if (document?.Url is { } url) w.WriteString("url", url);
            if (document?.Lang is { } lang) w.WriteString("language", lang);
            if (first.Outlet is { } outlet) w.WriteString("publication", outlet);
            w.WriteString("coder", Coder);
            w.WriteEndObject();
        }
        w.WriteString("coder", Coder);
        w.WriteString("comment", $"corroboration {i.Corroboration} from {i.Reports.Count} reports; {i.MergeReason}");
        w.WriteEndObject();
    }

    private static void WriteEntities(Utf8JsonWriter w, string name, IReadOnlyList<string> codes)
    {
        w.WriteStartArray(name);
        foreach (var code in codes)
        {
            w.WriteStartObject();
            w.WriteString("code", code);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }
}
