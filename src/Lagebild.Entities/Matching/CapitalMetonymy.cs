using Lagebild.Core.Model;

namespace Lagebild.Entities.Matching;

/// <summary>
/// A capital stands for its government when it acts or speaks (<c>Moskau erklärte</c>) and for the city when it is the
/// place (<c>in Moskau</c>, a dateline at the start of a sentence followed by punctuation).
/// </summary>
public sealed class CapitalMetonymy(ContextWords words)
{
    public bool IsPlace(Document document, Sentence sentence, LexiconHit hit)
    {
        var tokens = document.Tokens;
        int before = hit.FirstToken - 1;
        if (before >= sentence.FirstToken && tokens[before].Kind == TokenKind.Word && words.IsLocative(tokens[before].Slice(document.Text))) return true;

        int after = hit.FirstToken + hit.TokenCount;
        bool opensSentence = hit.FirstToken == sentence.FirstToken;
        if (opensSentence && after < sentence.EndToken && tokens[after].Kind == TokenKind.Punctuation &&
            document.Text[tokens[after].Start] is '.' or '(' or ',' or '–' or '-' or '—' or '/')
        {
            return true; // dateline: "Genf. …", "MOSKAU (dpa) –"
        }

        return opensSentence && after >= sentence.EndToken;
    }
}
