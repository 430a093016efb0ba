using System.Buffers;
using Lagebild.Core.Model;
using Lagebild.Quotes.Lexicon;

namespace Lagebild.Quotes.Engine;

/// <summary>
/// One document as the quote rules see it: token classes, sentence of each token, quotation pairs, speech cues
/// and speaker candidates, all computed once per document. The per-token arrays are rented from the shared pool
/// (they are as long as the document); Dispose hands them back, after which the view must not be used.
/// </summary>
public sealed class DocumentView : IDisposable
{
    /// <summary>The number of tokens: the rented arrays may be longer.</summary>
    private readonly int _count;
    private readonly int[] _sentenceOfToken;
    private readonly int[] _paragraphOfToken;
    private readonly int[] _quoteOfToken;
    private readonly WordClass[] _classOfToken;

    /// <summary>Index into <see cref="_cueHits"/> of the cue starting at each token, or -1: few tokens start a cue,
    /// so the hits are kept apart instead of one (large) nullable hit per token.</summary>
    private readonly int[] _cueOfToken;
    private readonly List<CueHit> _cueHits = [];

    public DocumentView(Document document, QuoteLexicon lexicon, QuoteMarks marks, Relays relays)
    {
        Document = document;
        Lexicon = lexicon;
        Relays = relays;
        Text = document.Text;
        Tokens = document.Tokens;

        int n = Tokens.Count;
        _count = n;
        _sentenceOfToken = Rent<int>(n);
        _sentenceOfToken.AsSpan(0, n).Fill(-1);
        var paragraphOfToken = _paragraphOfToken = Rent<int>(n);
        int lastParagraph = 0;
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            int end = Math.Min(sentence.EndToken, n);
            for (int t = Math.Max(0, sentence.FirstToken); t < end; t++)
            {
                _sentenceOfToken[t] = s;
                paragraphOfToken[t] = sentence.Paragraph;
            }
        }

        for (int t = 0; t < n; t++)
        {
            if (_sentenceOfToken[t] < 0) paragraphOfToken[t] = lastParagraph;
            else lastParagraph = paragraphOfToken[t];
        }

        Pairs = QuotePairing.Find(document, marks, paragraphOfToken);
        Pairs.RemoveAll(p => EnclosesOneName(document, p));
        _quoteOfToken = Rent<int>(n);
        _quoteOfToken.AsSpan(0, n).Fill(-1);
        for (int p = 0; p < Pairs.Count; p++)
        {
            for (int t = Pairs[p].Open; t <= Pairs[p].Close; t++) _quoteOfToken[t] = p;
        }

        _classOfToken = Rent<WordClass>(n);
        for (int t = 0; t < n; t++)
        {
            _classOfToken[t] = Tokens[t].Kind == TokenKind.Word ? lexicon.ClassOf(Word(t)) : WordClass.None;
        }

        _cueOfToken = Rent<int>(n);
        for (int t = 0; t < n; t++) _cueOfToken[t] = AddCue(MatchCue(t));

        Candidates = SpeakerCandidates.Build(this);
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_sentenceOfToken);
        ArrayPool<int>.Shared.Return(_paragraphOfToken);
        ArrayPool<int>.Shared.Return(_quoteOfToken);
        ArrayPool<int>.Shared.Return(_cueOfToken);
        ArrayPool<WordClass>.Shared.Return(_classOfToken);
    }

    private static T[] Rent<T>(int length) => ArrayPool<T>.Shared.Rent(length);

    /// <summary>
    /// Marks around nothing but one name (<c>der „New York Times“</c>, <c>die Fregatte »Bayern«</c>) set off a title,
    /// not a quotation: the name stays a possible speaker or source.
    /// </summary>
    private static bool EnclosesOneName(Document document, QuotePair pair)
    {
        if (pair.Close - pair.Open < 2) return false;
        int start = document.Tokens[pair.Open + 1].Start, end = document.Tokens[pair.Close - 1].End;
        foreach (var entity in document.Entities)
        {
            if (entity.Start > start) break;
            if (entity.Start == start && entity.End == end) return true;
        }

        return false;
    }

    public Document Document { get; }

    public QuoteLexicon Lexicon { get; }

    public Relays Relays { get; }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public List<QuotePair> Pairs { get; }

    /// <summary>Speaker candidates in text order.</summary>
    public List<SpeakerCandidate> Candidates { get; }

    /// <summary>The speech cue starting at a token, or null (also outside the document).</summary>
    public CueHit? CueAt(int token) => token >= 0 && token < _count && _cueOfToken[token] >= 0 ? _cueHits[_cueOfToken[token]] : null;

    private int AddCue(CueHit? hit)
    {
        if (hit is not { } found) return -1;
        _cueHits.Add(found);
        return _cueHits.Count - 1;
    }

    public ReadOnlySpan<char> Word(int token) => Tokens[token].Slice(Text);

    public int SentenceOf(int token) => token >= 0 && token < _count ? _sentenceOfToken[token] : -1;

    /// <summary>The index in <see cref="Pairs"/> of the quotation the token lies in (marks included), or -1.</summary>
    public int QuoteOf(int token) => token >= 0 && token < _count ? _quoteOfToken[token] : -1;

    public bool InsideQuote(int token) => QuoteOf(token) >= 0;

    public bool IsChar(int token, char c) =>
        token >= 0 && token < Tokens.Count && Tokens[token].Length == 1 && Text[Tokens[token].Start] == c;

    /// <summary>An apostrophe closing a word that ends in s (<c>Belarus' agency</c>, <c>the allies' talks</c>).</summary>
    public bool IsPossessiveMark(int token) =>
        token > 0 && token + 1 < Tokens.Count && (IsChar(token, '\'') || IsChar(token, '’')) && IsWord(token - 1) && IsWord(token + 1)
        && Tokens[token].Start == Tokens[token - 1].End && Tokens[token + 1].Start > Tokens[token].End
        && Text[Tokens[token - 1].End - 1] is 's' or 'S';

    public bool IsWord(int token) => token >= 0 && token < Tokens.Count && Tokens[token].Kind == TokenKind.Word;

    public bool Is(int token, WordClass cls) => token >= 0 && token < _count && (_classOfToken[token] & cls) != 0;

    /// <summary>A comma, semicolon or colon: what separates clauses.</summary>
    public bool IsClauseMark(int token) => IsChar(token, ',') || IsChar(token, ';') || IsChar(token, ':');

    public bool IsQuoteMark(int token)
    {
        if (token < 0 || token >= Tokens.Count) return false;
        var kind = Tokens[token].Kind;
        return kind is TokenKind.OpeningQuote or TokenKind.ClosingQuote or TokenKind.AmbiguousQuote
            || (Tokens[token].Length == 1 && QuoteOf(token) >= 0 && (Pairs[QuoteOf(token)].Open == token || Pairs[QuoteOf(token)].Close == token));
    }

    public bool IsSentenceFinal(int token) =>
        IsChar(token, '.') || IsChar(token, '!') || IsChar(token, '?');

    /// <summary>Whether a token starts with an upper-case letter (a noun or name in German).</summary>
    public bool IsCapitalized(int token) => IsWord(token) && char.IsUpper(Text[Tokens[token].Start]);

    /// <summary>One past the last token of the hyphen-joined word group that starts at or contains <paramref name="token"/>.</summary>
    public int WordGroupEnd(int token)
    {
        int j = token;
        while (j + 1 < Tokens.Count && Tokens[j + 1].Start == Tokens[j].End
               && (Text[Tokens[j].End - 1] == '-' || Text[Tokens[j + 1].Start] == '-'))
        {
            j++;
        }

        return j + 1;
    }

    /// <summary>
    /// A sentence's tokens, without a dateline that opens its paragraph (<c>KYIV, Feb 24 (Reuters) -</c>,
    /// <c>WASHINGTON —</c>): it says where and when the report was filed, not who said what.
    /// </summary>
    public (int Start, int End) SentenceTokens(int sentence)
    {
        var s = Document.Sentences[sentence];
        return (Document.ContentStart(sentence), Math.Min(Tokens.Count, s.EndToken));
    }

    private CueHit? MatchCue(int t)
    {
        if (Tokens[t].Kind != TokenKind.Word || InsideQuote(t)) return null;
        var word = Word(t);
        var patterns = Lexicon.CuesStartingWith(word);
        int hyphen = word.LastIndexOf('-');
        if (patterns is null && hyphen > 0 && hyphen + 1 < word.Length)
        {
            // `CNN-Berichte`, `Kreml-Erklärung`: a statement noun at the end of a compound
            var tail = Lexicon.CuesStartingWith(word[(hyphen + 1)..]);
            if (tail is not null && tail.FirstOrDefault(p => p.Kind == CueKind.Noun && p.Words.Length == 1) is { } noun)
            {
                return new CueHit(t, t, noun, word[(hyphen + 1)..].ToString());
            }
        }

        if (patterns is null) return null;
        foreach (var pattern in patterns)
        {
            int last = t;
            bool matches = true;
            for (int w = 1; w < pattern.Words.Length && matches; w++)
            {
                last = NextWord(last);
                matches = last >= 0 && Word(last).Equals(pattern.Words[w], StringComparison.OrdinalIgnoreCase);
            }

            if (!matches) continue;
            if (pattern.Particle is null)
            {
                return pattern.Role == CueRole.None ? null : new CueHit(t, last, pattern, CueText(t, last));
            }

            var particle = FindParticle(t, pattern.Particle);
            if (particle is not { } p) continue;
            if (pattern.Role == CueRole.None) return null;
            string cueText = p.Start > t
                ? $"{Word(t)} {string.Join(' ', pattern.Particle)}"
                : $"{string.Join(' ', pattern.Particle)} {Word(t)}";
            return new CueHit(t, last, pattern, cueText, p.Start, p.End);
        }

        return null;
    }

    private string CueText(int first, int last) =>
        first == last ? Word(first).ToString() : Text[Tokens[first].Start..Tokens[last].End];

    private int NextWord(int t)
    {
        int next = t + 1;
        return next < Tokens.Count && SentenceOf(next) == SentenceOf(t) && IsWord(next) ? next : -1;
    }

    /// <summary>
    /// Finds a separable particle or phrase word for a split verb form: right after the verb, right before it
    /// (<c>deutlich gemacht</c>), or closing the verb's clause (<c>teilte … mit,</c>).
    /// </summary>
    private (int Start, int End)? FindParticle(int verb, string[] particle)
    {
        int sentence = SentenceOf(verb);
        int right = verb + 1;
        while (right < Tokens.Count && SentenceOf(right) == sentence && !IsClauseMark(right) && !IsQuoteMark(right)
               && !IsSentenceFinal(right))
        {
            right++;
        }

        int len = particle.Length;
        if (SequenceAt(verb + 1, particle)) return (verb + 1, verb + len);
        if (SequenceAt(verb - len, particle)) return (verb - len, verb - 1);
        if (right - len > verb && SequenceAt(right - len, particle)) return (right - len, right - 1);
        return null;
    }

    private bool SequenceAt(int start, string[] words)
    {
        if (start < 0 || start + words.Length > Tokens.Count) return false;
        for (int w = 0; w < words.Length; w++)
        {
            if (!IsWord(start + w) || !Word(start + w).Equals(words[w], StringComparison.OrdinalIgnoreCase)) return false;
        }

        return true;
    }
}

/// <summary>A speech cue found in the text.</summary>
/// <param name="Token">First token of the cue.</param>
/// <param name="LastToken">Last token of a multi-word cue (equal to <paramref name="Token"/> for one word).</param>
/// <param name="Text">The cue as shown in the output (<c>teilte mit</c>).</param>
/// <param name="ParticleStart">First token of the separable particle, or -1.</param>
/// <param name="ParticleEnd">Last token of the separable particle, or -1.</param>
public readonly record struct CueHit(int Token, int LastToken, CuePattern Pattern, string Text, int ParticleStart = -1, int ParticleEnd = -1)
{
    /// <summary>The last token that belongs to the cue, particle included.</summary>
    public int End => Math.Max(LastToken, ParticleEnd);
}
