using Lagebild.Core.Lookup;

namespace Lagebild.Events.Lexicon;

/// <summary>
/// What the cue words and the event lexicon of one language say about a token, in one table keyed on its text: a
/// token is hashed once for its cue kind, its word classes and the triggers of its full form. Built once per language.
/// </summary>
public sealed class WordIndex
{
    /// <summary>A word's cue kind and classes, and its triggers when it is a full form of the lexicon (else null).</summary>
    private readonly record struct WordFacts(CueWord Cue, TriggerForm[]? Triggers);

    private readonly EventLexicon _lexicon;
    private readonly Dictionary<string, WordFacts> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, WordFacts>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The shapes of all words of the table: most tokens are rejected before hashing.</summary>
    private readonly WordShapes _shapes = new();

    public WordIndex(ContextCues cues, EventLexicon lexicon)
    {
        _lexicon = lexicon;
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (word, cue) in cues.Words) _words[word] = new WordFacts(cue, null);
        foreach (var (form, triggers) in lexicon.FormTriggers)
        {
            _words.TryGetValue(form, out var facts);
            _words[form] = facts with { Triggers = triggers };
        }

        foreach (var word in _words.Keys) _shapes.Add(word);
    }

    /// <summary>
    /// The token's cue kind and word classes (as <see cref="ContextCues.Lookup"/> gives them) and, for a word, the
    /// triggers it may start (as <see cref="EventLexicon.Lookup"/> finds them; the lexicon's own array, not to be changed).
    /// </summary>
    public CueWord Lookup(ReadOnlySpan<char> token, bool isWord, out TriggerForm[] triggers)
    {
        WordFacts facts = default;
        bool known = _shapes.MayContain(token) && _lookup.TryGetValue(token, out facts);
        triggers = !isWord ? [] : known && facts.Triggers is { } forms ? forms : _lexicon.HeadTriggersOf(token);
        return facts.Cue;
    }
}
