namespace Lagebild.Core.Model;

/// <summary>A sentence (or headline, caption, paragraph line without final punctuation).</summary>
/// <param name="Start">First character of the sentence.</param>
/// <param name="End">One past the last character of the sentence.</param>
/// <param name="FirstToken">Index of the sentence's first token in <see cref="Document.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens in the sentence.</param>
/// <param name="Paragraph">Zero-based paragraph number (paragraphs are separated by blank lines).</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount, int Paragraph)
{
    public TextSpan Span => new(Start, End);

    public int EndToken => FirstToken + TokenCount;
}
