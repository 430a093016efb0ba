using Lagebild.Core.Lookup;

namespace Lagebild.Quotes.Lexicon;

/// <summary>
/// A case-insensitive table keyed on words, looked up with spans of the document text (no copies). Most words of a
/// text are in no table: their shape (length, first and last letter) rejects them before any hashing.
/// </summary>
public sealed class WordTable<T>
{
    private readonly Dictionary<string, T> _entries = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordShapes _shapes = new();

    public WordTable() => _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _entries.Count;

    public void Add(string word, T value)
    {
        _entries[word] = value;
        _shapes.Add(word);
    }

    public bool TryAdd(string word, T value)
    {
        _shapes.Add(word);
        return _entries.TryAdd(word, value);
    }

    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        if (_shapes.MayContain(word) && _lookup.TryGetValue(word, out var found))
        {
            value = found;
            return true;
        }

        value = default!;
        return false;
    }

    public bool Contains(ReadOnlySpan<char> word) => _shapes.MayContain(word) && _lookup.ContainsKey(word);
}
