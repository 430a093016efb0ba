using System.Globalization;
using Lagebild.Core.Data;
using Lagebild.Core.Lookup;

namespace Lagebild.Timex.Rules;

/// <summary>
/// The time rules of one language, compiled once: pieces, rules indexed by the words that can start them,
/// and the tense markers.
/// </summary>
public sealed class TimeRuleSet
{
    private static readonly string[] Types = ["DATE", "TIME", "DURATION", "SET", "NONE"];

    private readonly Dictionary<string, int> vocabulary = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> vocabularyLookup;
    private readonly RuleTriggers?[] triggersById;
    private readonly RuleTriggers numberTriggers;

    /// <summary>The shapes of the vocabulary's words: most tokens fail this cheap test and skip the case-insensitive
    /// hash lookup.</summary>
    private readonly WordShapes vocabularyShapes = new();

    public TimeRuleSet(string language, IReadOnlyList<TimeRule> rules, TenseFile tense)
    {
        Language = language;
        Rules = rules;
        Tense = tense;

        // One vocabulary for every word any element accepts: a token is looked up once, then compared by id.
        foreach (var element in rules.SelectMany(r => r.Elements))
        {
            foreach (var word in element.Words.Keys) vocabulary.TryAdd(word, vocabulary.Count);
        }

        foreach (var element in rules.SelectMany(r => r.Elements)) element.Bind(vocabulary);
        vocabularyLookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in vocabulary.Keys) vocabularyShapes.Add(word);

        var byId = new List<RuleTrigger>?[vocabulary.Count];
        var byNumber = new List<RuleTrigger>();
        foreach (var rule in rules)
        {
            for (int e = 0; e < rule.Elements.Length; e++)
            {
                var element = rule.Elements[e];
                var trigger = new RuleTrigger(rule, e, new NextTokens(rule.Elements, e));
                if (element.Kind == ElementKind.Number) byNumber.Add(trigger);
                else
                {
                    foreach (var word in element.Words.Keys) (byId[vocabulary[word]] ??= []).Add(trigger);
                }

                if (!element.Optional) break;
            }
        }

        triggersById = [.. byId.Select(list => list is null ? null : new RuleTriggers(list))];
        numberTriggers = new RuleTriggers(byNumber);
    }

    public string Language { get; }

    public IReadOnlyList<TimeRule> Rules { get; }

    public TenseFile Tense { get; }

    /// <summary>The vocabulary id of a word or mark, or -1 when no rule mentions it.</summary>
    public int IdOf(ReadOnlySpan<char> token) =>
        vocabularyShapes.MayContain(token) && vocabularyLookup.TryGetValue(token, out int id) ? id : -1;

    /// <summary>The rules (and the element) a token with this vocabulary id can start.</summary>
    public RuleTriggers? TriggersOf(int id) => id >= 0 ? triggersById[id] : null;

    /// <summary>The rules a digit run can start.</summary>
    public RuleTriggers NumberTriggers => numberTriggers;

    /// <summary>Loads <c>&lt;lang&gt;/time/pieces.yaml</c>, <c>rules.yaml</c> and <c>tense.yaml</c>.</summary>
    public static TimeRuleSet Load(DataDirectory data, string language)
    {
        string piecesPath = data.PathOf($"{language}/time/pieces.yaml");
        string rulesPath = data.PathOf($"{language}/time/rules.yaml");
        var pieceFile = YamlData.Read(piecesPath, RuleFileJson.Default.PieceFile, ParsedDataCache.Default);
        var ruleFile = YamlData.Read(rulesPath, RuleFileJson.Default.RuleFile, ParsedDataCache.Default);
        var tense = YamlData.Read(data.PathOf($"{language}/time/tense.yaml"), RuleFileJson.Default.TenseFile, ParsedDataCache.Default);

        var pieces = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (name, entry) in pieceFile.Pieces)
        {
            var words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var endings = entry.Endings is { Count: > 0 } ? entry.Endings : [""];
            foreach (var (word, value) in entry.Words)
            {
                foreach (var ending in endings) words.TryAdd(word + (ending ?? ""), value);
            }

            pieces[name] = words;
        }

        var rules = new List<TimeRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in ruleFile.Rules)
        {
            string where = $"{rulesPath}: rule '{entry.Id}'";
            if (string.IsNullOrWhiteSpace(entry.Id)) throw new DataException(rulesPath, "a rule has no id");
            if (!ids.Add(entry.Id)) throw new DataException(where, "duplicate rule id");
            if (Array.IndexOf(Types, entry.Type) < 0) throw new DataException(where, $"unknown type '{entry.Type}'");
            if (entry.Type != "NONE" && string.IsNullOrWhiteSpace(entry.Value)) throw new DataException(where, "no value");
            var elements = PatternCompiler.Compile(entry.Pattern, pieces, where);
            rules.Add(new TimeRule
            {
                Id = entry.Id,
                Type = entry.Type,
                Elements = elements,
                Value = entry.Value,
                Mod = entry.Mod,
                Fixed = entry.Set?.Select(kv => new Capture(kv.Key, kv.Value)).ToArray() ?? [],
                Order = rules.Count,
            });
        }

        foreach (var tenseDefault in new[] { tense.Default })
        {
            if (tenseDefault is not ("past" or "future" or "nearest"))
                throw new DataException(data.PathOf($"{language}/time/tense.yaml"), $"default must be past, future or nearest, not '{tenseDefault}'");
        }

        return new TimeRuleSet(language, rules, tense);
    }

    internal static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
