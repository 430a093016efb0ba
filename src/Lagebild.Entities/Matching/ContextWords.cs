using System.Collections.Frozen;
using Lagebild.Core.Lookup;
using Lagebild.Core.Data;
using Lagebild.Entities.Lexicon;

namespace Lagebild.Entities.Matching;

/// <summary>
/// Small word lists the recogniser consults around a candidate, from <c>data/&lt;lang&gt;/actors/</c>:
/// locative prepositions (a capital after them is the place, not the government), person titles and given names
/// (which reveal persons missing from the lexicon).
/// </summary>
public sealed class ContextWords
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _locatives;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _givenNames;
    private readonly WordShapes _titleShapes = new(ignoreCase: false);
    private readonly WordShapes _givenNameShapes = new(ignoreCase: false);

    public ContextWords(IEnumerable<string> locatives, IEnumerable<string> titles, IEnumerable<string> givenNames)
    {
        _locatives = locatives.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var titleSet = titles.ToFrozenSet(StringComparer.Ordinal);
        var givenNameSet = givenNames.ToFrozenSet(StringComparer.Ordinal);
        _titles = titleSet.GetAlternateLookup<ReadOnlySpan<char>>();
        _givenNames = givenNameSet.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var title in titleSet) _titleShapes.Add(title);
        foreach (var name in givenNameSet) _givenNameShapes.Add(name);
    }

    public static ContextWords Load(DataDirectory data)
    {
        IEnumerable<string> Read(string name) => LanguageFiles.Rows(data, name, 1, withShared: true).Select(r => r[0]);
        return new ContextWords(Read("locative-prepositions.tsv"), Read("person-titles.tsv"), Read("given-names.tsv"));
    }

    public bool IsLocative(ReadOnlySpan<char> word) => _locatives.Contains(word);

    public bool IsPersonTitle(ReadOnlySpan<char> word) => _titleShapes.MayContain(word) && _titles.Contains(word);

    public bool IsGivenName(ReadOnlySpan<char> word) => _givenNameShapes.MayContain(word) && _givenNames.Contains(word);
}
