namespace Lagebild.Core.Model;

/// <summary>What a token is made of; stages use it to skip what they cannot match cheaply.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Ordinal,
    Punctuation,
    OpeningQuote,
    ClosingQuote,
    AmbiguousQuote,
    Url,
    Email,
    Symbol,
}

/// <summary>One token: its kind and its place in the document text. Text is never copied.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);

    public int Length => End - Start;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, End - Start);
}
