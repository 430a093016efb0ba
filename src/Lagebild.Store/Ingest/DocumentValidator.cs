using Lagebild.Core.Model;

namespace Lagebild.Store.Ingest;

/// <summary>Checks that a document can be stored: an id, text, and every span inside the text.</summary>
public static class DocumentValidator
{
    /// <summary>The reason the document is malformed, or null when it is fine.</summary>
    public static string? Problem(Document? document)
    {
        if (document is null) return "null document";
        if (string.IsNullOrWhiteSpace(document.Id)) return "document without id";
        if (document.Text is null) return $"{document.Id}: no text";
        int length = document.Text.Length;
        foreach (var s in document.Sentences)
            if (!Inside(s.Start, s.End, length)) return $"{document.Id}: sentence span [{s.Start},{s.End}) outside the text";
        foreach (var e in document.Entities)
            if (e is null || !Inside(e.Start, e.End, length)) return $"{document.Id}: entity span outside the text";
        foreach (var q in document.Quotes)
            if (q is null || !Inside(q.Start, q.End, length) || q.Text is null) return $"{document.Id}: quote span outside the text";
        foreach (var e in document.Events)
        {
            if (e is null || !Inside(e.Start, e.End, length)) return $"{document.Id}: event span outside the text";
            if (string.IsNullOrWhiteSpace(e.Type)) return $"{document.Id}: event at {e.Start} without type";
            if (e.Source is null || e.Target is null || e.Context is null) return $"{document.Id}: event at {e.Start} without actor lists";
        }
        return null;
    }

    private static bool Inside(int start, int end, int length) => start >= 0 && start <= end && end <= length;
}
