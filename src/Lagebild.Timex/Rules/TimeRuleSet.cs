using System.Globalization;
using Lagebild.Core.Data;

namespace Lagebild.Timex.Rules;

/// <summary>
/// The time rules of one language, compiled once: pieces, rules indexed by the words that can start them,
/// and the tense markers.
/// </summary>
public sealed class TimeRuleSet
{
    /// <summary>Trigger key for rules that can start at a digit run.</summary>
    public const string NumberKey = "#";

    private static readonly string[] Types = ["DATE", "TIME", "DURATION", "SET", "NONE"];

    private readonly Dictionary<string, List<(TimeRule Rule, int Element)>> triggers = new(StringComparer.OrdinalIgnoreCase);

    public TimeRuleSet(string language, IReadOnlyList<TimeRule> rules, TenseFile tense)
    {
        Language = language;
        Rules = rules;
        Tense = tense;
        foreach (var rule in rules)
        {
            for (int e = 0; e < rule.Elements.Length; e++)
            {
                var element = rule.Elements[e];
                if (element.Kind == ElementKind.Number) AddTrigger(NumberKey, rule, e);
                else foreach (var word in element.Words.Keys) AddTrigger(word, rule, e);
                if (!element.Optional) break;
            }
        }

        TriggerLookup = triggers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Language { get; }

    public IReadOnlyList<TimeRule> Rules { get; }

    public TenseFile Tense { get; }

    public Dictionary<string, List<(TimeRule Rule, int Element)>>.AlternateLookup<ReadOnlySpan<char>> TriggerLookup { get; }

    public List<(TimeRule Rule, int Element)>? NumberTriggers => triggers.GetValueOrDefault(NumberKey);

    private void AddTrigger(string key, TimeRule rule, int element)
    {
        if (!triggers.TryGetValue(key, out var list)) triggers[key] = list = [];
        list.Add((rule, element));
    }

    /// <summary>Loads <c>&lt;lang&gt;/time/pieces.yaml</c>, <c>rules.yaml</c> and <c>tense.yaml</c>.</summary>
    public static TimeRuleSet Load(DataDirectory data, string language)
    {
        string piecesPath = data.PathOf($"{language}/time/pieces.yaml");
        string rulesPath = data.PathOf($"{language}/time/rules.yaml");
        var pieceFile = YamlData.Read<PieceFile>(piecesPath);
        var ruleFile = YamlData.Read<RuleFile>(rulesPath);
        var tense = YamlData.Read<TenseFile>(data.PathOf($"{language}/time/tense.yaml"));

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
