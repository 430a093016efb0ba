using Lagebild.Core.Data;

namespace Lagebild.Entities.Lexicon;

/// <summary>
/// Every surface form of every known actor and place, with its inflected variants, compiled into one word trie.
/// Sources (all under <c>data/</c>): <c>actors/states.tsv</c>, <c>actors/capitals.tsv</c>, <c>actors/organizations.tsv</c>,
/// <c>actors/places.tsv</c>, <c>actors/persons.tsv</c>, and the endings in <c>&lt;lang&gt;/actors/inflection.tsv</c>.
/// </summary>
public sealed class ActorLexicon
{
    private static readonly string[] Languages = LanguageFiles.Languages;

    private ActorLexicon(FormTrie forms, Dictionary<string, LexiconEntry> byId, HashSet<string> stateCodes)
    {
        Forms = forms;
        ById = byId;
        StateCodes = stateCodes;
    }

    public FormTrie Forms { get; }

    /// <summary>One entry per linked id (the state entry for a state id), for looking up types and codes.</summary>
    public IReadOnlyDictionary<string, LexiconEntry> ById { get; }

    /// <summary>The ISO codes of all states in the lexicon.</summary>
    public IReadOnlySet<string> StateCodes { get; }

    public static ActorLexicon Load(DataDirectory data)
    {
        var inflection = InflectionRules.Load(data, Languages);
        var trie = new FormTrie();
        var byId = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var stateCodes = new HashSet<string>(StringComparer.Ordinal);

        void Add(string language, string inflectionKind, string form, LexiconEntry entry)
        {
            foreach (var variant in inflection.Variants(language, inflectionKind, form))
            {
                trie.Add(FormWords.Split(variant), entry);
                if (entry.Kind == EntryKind.StateAdjective && variant.Length > 0 && char.IsLower(variant[0]))
                {
                    trie.Add(FormWords.Split(char.ToUpperInvariant(variant[0]) + variant[1..]), entry);
                }
            }

            if (entry.Id is not null) byId.TryAdd(entry.Id, entry);
        }

        IEnumerable<string> LanguagesOf(string language) => language == "*" ? Languages : [language];

        // Persons first: a full name wins over anything else spelled the same.
        foreach (var row in Optional(data, "actors/persons.tsv", 2))
        {
            var entry = new LexiconEntry(row[0], "PER", EntryKind.Person, null, null, $"persons.tsv:{row[0]}");
            foreach (var form in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                foreach (var language in Languages) Add(language, "person", form, entry);
            }
        }

        foreach (var row in Optional(data, "actors/states.tsv", 5))
        {
            var (code, id, language, kind, form) = (row[0], row[1], row[2], row[3], row[4]);
            stateCodes.Add(code);
            var entryKind = kind switch
            {
                "adjective" => EntryKind.StateAdjective,
                "demonym" => EntryKind.Demonym,
                "name" => EntryKind.StateName,
                _ => throw row.Error($"unknown kind '{kind}' (use name, adjective or demonym)"),
            };
            var entry = new LexiconEntry(id, "GPE", entryKind, code, null, $"states.tsv:{code}:{kind}");
            foreach (var l in LanguagesOf(language)) Add(l, kind, form, entry);
        }

        // A capital stands for the state named first with its code.
        var stateNames = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var entry in byId.Values)
        {
            if (entry is { Kind: EntryKind.StateName, ActorCode: { } stateCode }) stateNames.TryAdd(stateCode, entry);
        }

        foreach (var row in Optional(data, "actors/capitals.tsv", 4))
        {
            var (code, cityId, language, form) = (row[0], row[1], row[2], row[3]);
            var state = stateNames.GetValueOrDefault(code);
            var entry = new LexiconEntry(state?.Id, "GPE", EntryKind.Capital, code, cityId, $"capitals.tsv:{code}:{cityId}");
            foreach (var l in LanguagesOf(language)) Add(l, "name", form, entry);
        }

        foreach (var row in Optional(data, "actors/organizations.tsv", 5))
        {
            var (id, type, actor, language, forms) = (NullIfNone(row[0]), row[1], row.Optional(2), row[3], row[4]);
            var entry = new LexiconEntry(id, type, EntryKind.Organisation, actor ?? (type == "ORG" ? null : null), null, $"organizations.tsv:{row[0]}");
            foreach (var form in forms.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                foreach (var l in LanguagesOf(language)) Add(l, "organisation", form, entry);
            }
        }

        foreach (var row in Optional(data, "actors/places.tsv", 4))
        {
            var (id, type, language, forms) = (NullIfNone(row[0]), row[1], row[2], row[3]);
            var entry = new LexiconEntry(id, type, EntryKind.Place, null, null, $"places.tsv:{row[0]}");
            foreach (var form in forms.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                foreach (var l in LanguagesOf(language)) Add(l, "name", form, entry);
            }
        }

        return new ActorLexicon(trie.Freeze(), byId, stateCodes);
    }

    private static string? NullIfNone(string id) => id is "null" or "-" or "" ? null : id;

    private static IEnumerable<TsvRow> Optional(DataDirectory data, string relative, int minimumFields) =>
        data.Exists(relative) ? TsvFile.Read(data.PathOf(relative), minimumFields) : [];
}
