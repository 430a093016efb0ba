using System.Buffers;
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

    // Property names encoded once: the writer copies their UTF-8 bytes instead of transcoding each name per value.
    private static readonly JsonEncodedText ActorName = JsonEncodedText.Encode("actor");
    private static readonly JsonEncodedText BasisName = JsonEncodedText.Encode("basis");
    private static readonly JsonEncodedText ContextName = JsonEncodedText.Encode("context");
    private static readonly JsonEncodedText CueName = JsonEncodedText.Encode("cue");
    private static readonly JsonEncodedText DateName = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText DctName = JsonEncodedText.Encode("dct");
    private static readonly JsonEncodedText DiagnosticsName = JsonEncodedText.Encode("diagnostics");
    private static readonly JsonEncodedText EndName = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText EntitiesName = JsonEncodedText.Encode("entities");
    private static readonly JsonEncodedText EventsName = JsonEncodedText.Encode("events");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText LangName = JsonEncodedText.Encode("lang");
    private static readonly JsonEncodedText LocationName = JsonEncodedText.Encode("location");
    private static readonly JsonEncodedText ModName = JsonEncodedText.Encode("mod");
    private static readonly JsonEncodedText ModeName = JsonEncodedText.Encode("mode");
    private static readonly JsonEncodedText QuotesName = JsonEncodedText.Encode("quotes");
    private static readonly JsonEncodedText RuleName = JsonEncodedText.Encode("rule");
    private static readonly JsonEncodedText SourceName = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText SpeakerName = JsonEncodedText.Encode("speaker");
    private static readonly JsonEncodedText SpeakerTextName = JsonEncodedText.Encode("speaker_text");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText TargetName = JsonEncodedText.Encode("target");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText TimexesName = JsonEncodedText.Encode("timexes");
    private static readonly JsonEncodedText TriggerName = JsonEncodedText.Encode("trigger");
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText UrlName = JsonEncodedText.Encode("url");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText ViaName = JsonEncodedText.Encode("via");

    private readonly Stream _stream;
    private readonly Utf8JsonWriter _json;
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public AnalysisJsonWriter(Stream stream)
    {
        _stream = stream;
        _json = new Utf8JsonWriter(stream, Options);
    }

    // Each thread serialises into its own buffer, kept between documents: the writer writes straight into it, and it
    // grows only while documents keep getting larger.
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    /// <summary>Serialises one document to a JSON string without a trailing newline.</summary>
    public static string ToJson(Document document) => System.Text.Encoding.UTF8.GetString(SerialiseOnThisThread(document));

    /// <summary>Serialises one document to UTF-8 JSON without a trailing newline (for writing on another thread).</summary>
    public static byte[] ToUtf8(Document document) => SerialiseOnThisThread(document).ToArray();

    /// <summary>The document's JSON in this thread's buffer, valid until the thread serialises the next one.</summary>
    private static ReadOnlySpan<byte> SerialiseOnThisThread(Document document)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var json = t_writer ??= new Utf8JsonWriter(buffer, Options);
        json.Reset(buffer);
        WriteObject(json, document);
        return buffer.WrittenSpan;
    }

    /// <summary>Writes one document serialised by <see cref="ToUtf8"/>, then a newline.</summary>
    public void WriteSerialised(ReadOnlySpan<byte> json)
    {
        _stream.Write(json);
        _stream.Write(NewLine);
    }

    public void Write(Document document)
    {
        _json.Reset(_stream);
        WriteObject(_json, document);
        _stream.Write(NewLine);
    }

    private static void WriteObject(Utf8JsonWriter w, Document d)
    {
        w.WriteStartObject();
        w.WriteString(IdName, JsonText.Safe(d.Id));
        w.WriteString(LangName, d.Language);
        if (d.Dct is { } dct)
        {
            w.WriteStartObject(DctName);
            w.WriteString(ValueName, dct.Value);
            w.WriteString(BasisName, dct.Basis);
            if (dct.Rule is not null) w.WriteString(RuleName, dct.Rule);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(DctName);
        }

        if (d.Source is not null) w.WriteString(SourceName, d.Source);
        if (d.Url is not null) w.WriteString(UrlName, d.Url);

        w.WriteStartArray(EntitiesName);
        foreach (var e in d.Entities)
        {
            w.WriteStartObject();
            WriteSpan(w, e.Start, e.End, e.Text);
            w.WriteString(TypeName, e.Type);
            w.WriteString(IdName, e.Id);
            if (e.ActorCode is not null) w.WriteString(ActorName, e.ActorCode);
            w.WriteString(RuleName, e.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray(TimexesName);
        foreach (var t in d.Timexes)
        {
            w.WriteStartObject();
            WriteSpan(w, t.Start, t.End, t.Text);
            w.WriteString(TypeName, t.Type);
            w.WriteString(ValueName, t.Value);
            if (t.Mod is not null) w.WriteString(ModName, t.Mod);
            w.WriteString(RuleName, t.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray(QuotesName);
        foreach (var q in d.Quotes)
        {
            w.WriteStartObject();
            WriteSpan(w, q.Start, q.End, q.Text);
            w.WriteString(KindName, q.Kind);
            w.WriteString(SpeakerName, q.Speaker);
            w.WriteString(SpeakerTextName, q.SpeakerText is null ? null : JsonText.Safe(q.SpeakerText));
            w.WriteString(CueName, q.Cue is null ? null : JsonText.Safe(q.Cue));
            if (q.Via is not null) w.WriteString(ViaName, q.Via);
            w.WriteString(RuleName, q.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray(EventsName);
        foreach (var e in d.Events)
        {
            w.WriteStartObject();
            w.WriteString(TypeName, e.Type);
            w.WriteString(ModeName, e.Mode);
            WriteStrings(w, SourceName, e.Source);
            WriteStrings(w, TargetName, e.Target);
            w.WriteString(DateName, e.Date);
            w.WriteString(LocationName, e.Location);
            WriteStrings(w, ContextName, e.Context);
            WriteSpan(w, e.Start, e.End, e.Text);
            w.WriteString(RuleName, e.Rule);
            if (e.Trigger is { } trigger)
            {
                w.WriteStartObject(TriggerName);
                w.WriteNumber(StartName, trigger.Start);
                w.WriteNumber(EndName, trigger.End);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();

        if (d.Diagnostics.Count > 0)
        {
            w.WriteStartArray(DiagnosticsName);
            foreach (var diagnostic in d.Diagnostics) w.WriteStringValue(diagnostic.ToString());
            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteSpan(Utf8JsonWriter w, int start, int end, string text)
    {
        w.WriteNumber(StartName, start);
        w.WriteNumber(EndName, end);
        w.WriteString(TextName, JsonText.Safe(text));
    }

    private static void WriteStrings(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    public void Dispose() => _json.Dispose();
}
