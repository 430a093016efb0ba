using System.Collections.Frozen;
using Lagebild.Core.Data;
using Lagebild.Entities.Lexicon;

namespace Lagebild.Entities.Roles;

/// <summary>
/// Words that, just before an office noun, put its holder's term outside the time of writing (<c>der frühere
/// Präsident</c>, <c>incoming Secretary of State</c>): <c>data/&lt;lang&gt;/actors/tenure-markers.tsv</c>.
/// </summary>
public sealed class TenureMarkers
{
    private static readonly string[] Kinds = ["former", "future"];

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    public TenureMarkers(IEnumerable<string> words)
    {
        _words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static TenureMarkers Load(DataDirectory data)
    {
        var words = new List<string>();
        foreach (var row in LanguageFiles.Rows(data, "tenure-markers.tsv", 2))
        {
            if (!Kinds.Contains(row[1])) throw row.Error($"kind must be one of {string.Join(", ", Kinds)}: {row[1]}");
            words.Add(row[0]);
        }

        return new TenureMarkers(words);
    }

    public bool Contains(ReadOnlySpan<char> word) => _words.Contains(word);
}
