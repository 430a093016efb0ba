using System.Collections.Frozen;
using Lagebild.Core.Data;
using Lagebild.Core.Lookup;
using Lagebild.Core.Model;

namespace Lagebild.Text.Language;

/// <summary>
/// Tells German from English (and any other language given markers in <c>data/shared/text/language-markers.tsv</c>)
/// by counting frequent function words among the first few hundred word tokens.
/// </summary>
public sealed class LanguageDetector
{
    private const int WordsToRead = 400;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _markers;
    private readonly string[] _languages;
    private readonly WordShapes _markerShapes = new();

    public LanguageDetector(IEnumerable<(string Language, string Word)> markers)
    {
        var list = markers.ToList();
        _languages = list.Select(m => m.Language).Distinct().Order(StringComparer.Ordinal).ToArray();
        _markers = list
            .GroupBy(m => m.Word.ToLowerInvariant())
            .Where(g => g.Select(m => m.Language).Distinct().Count() == 1)
            .ToFrozenDictionary(g => g.Key, g => Array.IndexOf(_languages, g.First().Language), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in _markers.Dictionary.Keys) _markerShapes.Add(word);
    }

    public static LanguageDetector Load(DataDirectory data) =>
        new(TsvFile.Read(data.PathOf("shared/text/language-markers.tsv"), 2).Select(r => (r[0], r[1])));

    /// <summary>The language with most marker words, or <c>und</c> when no marker occurs.</summary>
    public string Detect(string text, List<Token> tokens)
    {
        Span<int> counts = stackalloc int[_languages.Length];
        int words = 0;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word) continue;
            var word = token.Slice(text);
            if (_markerShapes.MayContain(word) && _markers.TryGetValue(word, out int language)) counts[language]++;
            if (++words >= WordsToRead) break;
        }

        int best = -1;
        for (int i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) best = i;
        }

        return best < 0 ? "und" : _languages[best];
    }
}
