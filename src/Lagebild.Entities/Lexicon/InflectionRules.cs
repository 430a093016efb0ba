using Lagebild.Core.Data;

namespace Lagebild.Entities.Lexicon;

/// <summary>
/// Endings added to lexicon forms to match inflected mentions, per language and entry kind
/// (<c>data/&lt;lang&gt;/actors/inflection.tsv</c>: German adjective endings, genitive -s, English possessive 's).
/// </summary>
public sealed class InflectionRules
{
    private readonly Dictionary<(string Language, string Kind), List<string>> _endings = [];

    public static InflectionRules Load(DataDirectory data, IEnumerable<string> languages)
    {
        var rules = new InflectionRules();
        foreach (var language in languages)
        {
            var path = data.PathOf($"{language}/actors/inflection.tsv");
            if (!File.Exists(path)) continue;
            foreach (var row in TsvFile.Read(path, 2))
            {
                var key = (language, row[0]);
                if (!rules._endings.TryGetValue(key, out var list)) rules._endings[key] = list = [];
                list.Add(row[1] == "-" ? "" : row[1]);
            }
        }

        return rules;
    }

    /// <summary>The form and its inflected variants: each ending added to the last word.</summary>
    public IEnumerable<string> Variants(string language, string kind, string form)
    {
        if (!_endings.TryGetValue((language, kind), out var endings))
        {
            yield return form;
            yield break;
        }

        foreach (var ending in endings)
        {
            // The German genitive -s is not added to names that already end in a sibilant (Paris, Minsk).
            if (ending == "s" && form.Length > 0 && form[^1] is 's' or 'x' or 'z' or 'ß') continue;
            yield return form + ending;
        }
    }
}
