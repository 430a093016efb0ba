using System.Collections.Frozen;
using Lagebild.Core.Data;

namespace Lagebild.Text.Tokens;

/// <summary>Abbreviations that keep their period (<c>Dr.</c>, <c>z.B.</c>, <c>U.S.</c>), from every language's list.</summary>
public sealed class AbbreviationList
{
    private readonly FrozenSet<string> _forms;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public AbbreviationList(IEnumerable<string> forms)
    {
        _forms = forms.ToFrozenSet(StringComparer.Ordinal);
        _lookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Loads <c>data/*/text/abbreviations.tsv</c> of every language folder.</summary>
    public static AbbreviationList Load(DataDirectory data)
    {
        var forms = new List<string>();
        foreach (var folder in Directory.GetDirectories(data.Root))
        {
            var file = Path.Combine(folder, "text", "abbreviations.tsv");
            if (File.Exists(file)) forms.AddRange(TsvFile.Read(file, 1).Select(r => r[0]));
        }

        return new AbbreviationList(forms);
    }

    /// <summary>True when <paramref name="withPeriod"/> (the word and its final period) is a known abbreviation.</summary>
    public bool Contains(ReadOnlySpan<char> withPeriod) => _lookup.Contains(withPeriod);

    public int Count => _forms.Count;
}
