namespace Lagebild.Events.Lexicon;

/// <summary>
/// What a <see cref="WordIndex"/> said about the token texts met on one thread, kept by exact text: a word seen before
/// is hashed once instead of once per table. Forgets everything when it grows past its capacity.
/// </summary>
internal sealed class WordMemo
{
    private const int Capacity = 50_000;

    private readonly Dictionary<string, (CueWord Cue, TriggerForm[] Triggers)> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (CueWord Cue, TriggerForm[] Triggers)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordMemo(WordIndex words)
    {
        Words = words;
        _lookup = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The index this memo answers for.</summary>
    public WordIndex Words { get; }

    /// <summary>What <see cref="WordIndex.Lookup"/> answers for the token.</summary>
    public CueWord Lookup(ReadOnlySpan<char> token, bool isWord, out TriggerForm[] triggers)
    {
        if (!_lookup.TryGetValue(token, out var facts))
        {
            // Looked up as a word: what a token that is no word gets is decided below, the same for every text.
            var cue = Words.Lookup(token, true, out var wordTriggers);
            facts = (cue, wordTriggers);
            if (_seen.Count >= Capacity) _seen.Clear();
            _lookup[token] = facts;
        }

        triggers = isWord ? facts.Triggers : [];
        return facts.Cue;
    }
}
