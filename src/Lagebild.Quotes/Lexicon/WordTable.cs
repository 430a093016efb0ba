namespace Lagebild.Quotes.Lexicon;

/// <summary>A case-insensitive table keyed on words, looked up with spans of the document text (no copies).</summary>
public sealed class WordTable<T>
{
    private readonly Dictionary<string, T> _entries = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordTable() => _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _entries.Count;

    public void Add(string word, T value) => _entries[word] = value;

    public bool TryAdd(string word, T value) => _entries.TryAdd(word, value);

    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        if (_lookup.TryGetValue(word, out var found))
        {
            value = found;
            return true;
        }

        value = default!;
        return false;
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);
}
