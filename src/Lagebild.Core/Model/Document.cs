namespace Lagebild.Core.Model;

/// <summary>
/// One article and everything the stages found in it. Every annotation points into <see cref="Text"/>
/// by UTF-16 offsets; stages add layers, none rewrites the text.
/// </summary>
public sealed class Document
{
    public Document(string id, string text)
    {
        Id = id;
        Text = text;
    }

    /// <summary>The file name without extension, or the id given in a JSONL record.</summary>
    public string Id { get; }

    /// <summary>The full text, BOM removed, line endings untouched.</summary>
    public string Text { get; }

    /// <summary>ISO 639-1 language code (<c>de</c>, <c>en</c>); set by the reader or the language detector.</summary>
    public string Language { get; set; } = "und";

    /// <summary>The document creation time as far as known.</summary>
    public DocumentDate? Dct { get; set; }

    /// <summary>The outlet or source name, when the input names one.</summary>
    public string? Source { get; set; }

    /// <summary>The article's address, when the input gives one.</summary>
    public string? Url { get; set; }

    /// <summary>Where the document was read from (file path, with line number for JSONL).</summary>
    public string? Origin { get; set; }

    public List<Token> Tokens { get; } = [];

    public List<Sentence> Sentences { get; } = [];

    public List<EntityMention> Entities { get; } = [];

    public List<ActorReference> ActorReferences { get; } = [];

    public List<TimexMention> Timexes { get; } = [];

    public List<QuoteMention> Quotes { get; } = [];

    public List<EventMention> Events { get; } = [];

    /// <summary>Problems met while analysing this document; a problem never stops the other stages.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    public ReadOnlySpan<char> Slice(in Token token) => Text.AsSpan(token.Start, token.End - token.Start);

    /// <summary>The index of the sentence containing <paramref name="offset"/>, or -1.</summary>
    public int SentenceIndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>Whether sentence <paramref name="index"/> is the first of its paragraph (where a dateline may stand).</summary>
    public bool OpensParagraph(int index) => index <= 0 || Sentences[index - 1].Paragraph != Sentences[index].Paragraph;

    /// <summary>The index of the first token whose end lies after <paramref name="offset"/>.</summary>
    public int TokenIndexAt(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
