using System.Collections.Frozen;
using Lagebild.Core.Lookup;
using Lagebild.Core.Data;
using Lagebild.Entities.Lexicon;
using Lagebild.Core.Model;

namespace Lagebild.Entities.Roles;

/// <summary>A noun that names an office (<c>Präsident</c>, <c>Kremlsprecher</c>, <c>official</c>) and the body it implies.</summary>
public sealed record RoleNoun(string Role, string? Body);

/// <summary>Office nouns of every language (<c>data/&lt;lang&gt;/actors/role-nouns.tsv</c>), looked up by span.</summary>
public sealed class RoleNouns
{
    private readonly FrozenDictionary<string, RoleNoun>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Nouns of several words (<c>Secretary of State</c>, <c>foreign minister</c>) by their first word, longest first.</summary>
    private readonly FrozenDictionary<string, (string[] Words, RoleNoun Noun)[]>.AlternateLookup<ReadOnlySpan<char>> _phrases;

    /// <summary>Shapes of the one-word nouns and of the phrases' first words: most words are rejected before hashing.</summary>
    private readonly WordShapes _nounShapes = new(ignoreCase: false);
    private readonly WordShapes _phraseShapes = new(ignoreCase: false);

    public RoleNouns(IEnumerable<(string Form, RoleNoun Noun)> nouns)
    {
        var map = new Dictionary<string, RoleNoun>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, List<(string[] Words, RoleNoun Noun)>>(StringComparer.Ordinal);
        foreach (var (form, noun) in nouns)
        {
            var forms = form.Length > 0 && char.IsLower(form[0]) ? new[] { form, char.ToUpperInvariant(form[0]) + form[1..] } : [form];
            foreach (var f in forms)
            {
                var words = f.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 1)
                {
                    map.TryAdd(f, noun);
                    continue;
                }

                if (!phrases.TryGetValue(words[0], out var list)) phrases[words[0]] = list = [];
                list.Add((words, noun));
            }
        }

        _lookup = map.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in map.Keys) _nounShapes.Add(word);
        foreach (var word in phrases.Keys) _phraseShapes.Add(word);
        _phrases = phrases.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The noun of several words that starts at token <paramref name="index"/> (words separated by single spaces, all
    /// before <paramref name="end"/>): its number of tokens, or 0.
    /// </summary>
    public int MatchPhrase(string text, List<Token> tokens, int index, int end, out RoleNoun noun)
    {
        noun = null!;
        var first = tokens[index].Slice(text);
        if (!_phraseShapes.MayContain(first) || !_phrases.TryGetValue(first, out var candidates)) return 0;
        foreach (var (words, candidate) in candidates)
        {
            if (index + words.Length > end) continue;
            bool all = true;
            for (int k = 1; k < words.Length && all; k++)
            {
                var token = tokens[index + k];
                all = token.Kind == TokenKind.Word && token.Start == tokens[index + k - 1].End + 1 && token.Slice(text).SequenceEqual(words[k]);
            }

            if (!all) continue;
            noun = candidate;
            return words.Length;
        }

        return 0;
    }

    public static RoleNouns Load(DataDirectory data)
    {
        return new RoleNouns(LanguageFiles.Rows(data, "role-nouns.tsv", 2).Select(r => (r[0], new RoleNoun(r[1], r.Optional(2)))));
    }

    public bool TryGet(ReadOnlySpan<char> word, out RoleNoun noun)
    {
        noun = null!;
        return _nounShapes.MayContain(word) && _lookup.TryGetValue(word, out noun!);
    }
}
