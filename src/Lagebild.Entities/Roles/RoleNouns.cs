using System.Collections.Frozen;
using Lagebild.Core.Data;

namespace Lagebild.Entities.Roles;

/// <summary>A noun that names an office (<c>Präsident</c>, <c>Kremlsprecher</c>, <c>official</c>) and the body it implies.</summary>
public sealed record RoleNoun(string Role, string? Body);

/// <summary>Office nouns of every language (<c>data/&lt;lang&gt;/actors/role-nouns.tsv</c>), looked up by span.</summary>
public sealed class RoleNouns
{
    private readonly FrozenDictionary<string, RoleNoun>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public RoleNouns(IEnumerable<(string Form, RoleNoun Noun)> nouns)
    {
        var map = new Dictionary<string, RoleNoun>(StringComparer.Ordinal);
        foreach (var (form, noun) in nouns)
        {
            map.TryAdd(form, noun);
            if (form.Length > 0 && char.IsLower(form[0])) map.TryAdd(char.ToUpperInvariant(form[0]) + form[1..], noun);
        }

        _lookup = map.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static RoleNouns Load(DataDirectory data)
    {
        var nouns = new List<(string, RoleNoun)>();
        foreach (var language in new[] { "de", "en" })
        {
            var relative = $"{language}/actors/role-nouns.tsv";
            if (!data.Exists(relative)) continue;
            nouns.AddRange(TsvFile.Read(data.PathOf(relative), 2).Select(r => (r[0], new RoleNoun(r[1], r.Optional(2)))));
        }

        return new RoleNouns(nouns);
    }

    public bool TryGet(ReadOnlySpan<char> word, out RoleNoun noun) => _lookup.TryGetValue(word, out noun!);
}
