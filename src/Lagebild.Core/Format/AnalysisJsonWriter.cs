using System.Text.Encodings.Web;
using System.Text.Json;
using Lagebild.Core.Model;

namespace Lagebild.Core.Format;

/// <summary>Writes documents in the analysis format, version 1: one JSON object per line.</summary>
public sealed class AnalysisJsonWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    private readonly Stream _stream;
    private readonly Utf8JsonWriter _json;
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public AnalysisJsonWriter(Stream stream)
    {
        _stream = stream;
        _json = new Utf8JsonWriter(stream, Options);
    }

    /// <summary>Serialises one document to a JSON string without a trailing newline.</summary>
    public static string ToJson(Document document)
    {
        using var buffer = new MemoryStream();
        using (var writer = new AnalysisJsonWriter(buffer))
        {
            writer.WriteObject(document);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public void Write(Document document)
    {
        WriteObject(document);
        _stream.Write(NewLine);
    }

    private void WriteObject(Document d)
    {
        var w = _json;
        w.Reset(_stream);
        w.WriteStartObject();
        w.WriteString("id", JsonText.Safe(d.Id));
        w.WriteString("lang", d.Language);
        if (d.Dct is { } dct)
        {
            w.WriteStartObject("dct");
            w.WriteString("value", dct.Value);
            w.WriteString("basis", dct.Basis);
            if (dct.Rule is not null) w.WriteString("rule", dct.Rule);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("dct");
        }

        if (d.Source is not null) w.WriteString("source", d.Source);
        if (d.Url is not null) w.WriteString("url", d.Url);

        w.WriteStartArray("entities");
        foreach (var e in d.Entities)
        {
            w.WriteStartObject();
            WriteSpan(w, e.Start, e.End, e.Text);
            w.WriteString("type", e.Type);
            w.WriteString("id", e.Id);
            if (e.ActorCode is not null) w.WriteString("actor", e.ActorCode);
            w.WriteString("rule", e.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("timexes");
        foreach (var t in d.Timexes)
        {
            w.WriteStartObject();
            WriteSpan(w, t.Start, t.End, t.Text);
            w.WriteString("type", t.Type);
            w.WriteString("value", t.Value);
            if (t.Mod is not null) w.WriteString("mod", t.Mod);
            w.WriteString("rule", t.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (var q in d.Quotes)
        {
            w.WriteStartObject();
            WriteSpan(w, q.Start, q.End, q.Text);
            w.WriteString("kind", q.Kind);
            w.WriteString("speaker", q.Speaker);
            w.WriteString("speaker_text", q.SpeakerText is null ? null : JsonText.Safe(q.SpeakerText));
            w.WriteString("cue", q.Cue is null ? null : JsonText.Safe(q.Cue));
            if (q.Via is not null) w.WriteString("via", q.Via);
            w.WriteString("rule", q.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var e in d.Events)
        {
            w.WriteStartObject();
            w.WriteString("type", e.Type);
            w.WriteString("mode", e.Mode);
            WriteStrings(w, "source", e.Source);
            WriteStrings(w, "target", e.Target);
            w.WriteString("date", e.Date);
            w.WriteString("location", e.Location);
            WriteStrings(w, "context", e.Context);
            WriteSpan(w, e.Start, e.End, e.Text);
            w.WriteString("rule", e.Rule);
            if (e.Trigger is { } trigger)
            {
                w.WriteStartObject("trigger");
                w.WriteNumber("start", trigger.Start);
                w.WriteNumber("end", trigger.End);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();

        if (d.Diagnostics.Count > 0)
        {
            w.WriteStartArray("diagnostics");
            foreach (var diagnostic in d.Diagnostics) w.WriteStringValue(diagnostic.ToString());
            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteSpan(Utf8JsonWriter w, int start, int end, string text)
    {
        w.WriteNumber("start", start);
        w.WriteNumber("end", end);
        w.WriteString("text", JsonText.Safe(text));
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    public void Dispose() => _json.Dispose();
}
