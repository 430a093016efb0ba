using System.Collections.Frozen;
using Lagebild.Core.Data;

namespace Lagebild.Text.Tokens;

/// <summary>A set of words read from the first column of a TSV data file, looked up by span.</summary>
public sealed class WordList
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordList(IEnumerable<string> words) =>
        _lookup = words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static WordList Load(string path) => new(TsvFile.Read(path, 1).Select(r => r[0]));

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
