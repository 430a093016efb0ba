using Lagebild.Core.Lookup;
using Lagebild.Core.Data;
using Lagebild.Events.Scheme;

namespace Lagebild.Events.Lexicon;

/// <summary>What an entry needs from its clause before it becomes an event.</summary>
public enum EntryNeeds
{
    Any,
    Source,
    SourceAndTarget,
}

/// <summary>One lexicon entry: a trigger of a PLOVER category.</summary>
/// <param name="Words">For phrases: the other words that must stand in the clause, each a set of alternatives.</param>
public sealed record EventEntry(string Id, string Category, string? Mode, string Kind, EntryNeeds Needs, string? Particle,
    IReadOnlyList<string[]> Words)
{
    /// <summary>The clause's subject is the act's target (X stellt eine Bedrohung dar: the speaker accuses X).</summary>
    public bool Inverse { get; init; }

    /// <summary>The act needs two sides named in its own clause (beide bestätigten; they confirmed), not from context.</summary>
    public bool Joint { get; init; }

    /// <summary>
    /// The act is the statement itself (das werde Konsequenzen haben): a future in its clause is what it announces,
    /// not when it happens.
    /// </summary>
    public bool Statement { get; init; }

    /// <summary>Words that must not follow the trigger at once (call, but not call on / call for).</summary>
    public string[]? NotNext { get; init; }

    /// <summary>Whether the trigger word is a verb form (a verb entry, or a phrase anchored on its verb).</summary>
    public bool HasVerb { get; init; }

    /// <summary>A genitive after the noun names the target, not the owner (die Invasion der Ukraine).</summary>
    public bool ObjectGenitive { get; init; }

    /// <summary>
    /// With an infinitive right beside it (droht zu scheitern, zu gefährden droht) the verb says that something is
    /// about to happen; it is no act.
    /// </summary>
    public bool NotWithInfinitive { get; init; }
}

/// <summary>A word form that triggers an entry; <see cref="Particle"/> must follow in the clause when set.</summary>
public sealed record TriggerForm(EventEntry Entry, string? Particle);

/// <summary>
/// The event lexicon of one language (<c>data/xx/events/lexicon.tsv</c>), compiled to dictionaries keyed on token text:
/// full word forms, and word-final heads for compounds (<c>~gipfel</c>).
/// </summary>
public sealed class EventLexicon
{
    private const int MinimumHeadLength = 4;

    /// <summary>The triggers of full word forms and of compound heads while the lexicon is read.</summary>
    private readonly Dictionary<string, List<TriggerForm>> _forms = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<TriggerForm>> _heads = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The same triggers as arrays, looked up by token text once the lexicon is read.</summary>
    private readonly Dictionary<string, TriggerForm[]> _formTriggers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TriggerForm[]> _headTriggers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TriggerForm[]>.AlternateLookup<ReadOnlySpan<char>> _formLookup;
    private readonly Dictionary<string, TriggerForm[]>.AlternateLookup<ReadOnlySpan<char>> _headLookup;

    /// <summary>
    /// For each ending of <see cref="EndingLength"/> letters, the lengths of the compound heads that end in it,
    /// longest first: a word is tried only against heads that can match its end.
    /// </summary>
    private readonly Dictionary<string, int[]> _headLengths = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _headLengthLookup;

    private const int EndingLength = 3;

    /// <summary>The shapes of all full word forms: most words of a text are rejected before hashing.</summary>
    private readonly WordShapes _formShapes = new();

    /// <summary>The shapes of the compound heads: most endings of a word are rejected before hashing.</summary>
    private readonly WordShapes _headShapes = new();

    private EventLexicon()
    {
        _formLookup = _formTriggers.GetAlternateLookup<ReadOnlySpan<char>>();
        _headLookup = _headTriggers.GetAlternateLookup<ReadOnlySpan<char>>();
        _headLengthLookup = _headLengths.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int EntryCount { get; private set; }

    /// <summary>
    /// Whether the language capitalises nouns (German): a capitalised verb form inside a sentence is then a noun
    /// (der Angriff, not griff an).
    /// </summary>
    public bool NounsCapitalized { get; private init; }

    /// <summary>
    /// Whether a verb's particle follows it at once (English: call on, rule out) rather than at the clause end (German:
    /// rief ... an).
    /// </summary>
    public bool ParticleAdjacent { get; private init; }

    /// <summary>The triggers a token may start: its full form, else the longest known compound head it ends in.</summary>
    public IReadOnlyList<TriggerForm> Lookup(ReadOnlySpan<char> token) => TriggersOf(token);

    /// <summary>
    /// The triggers a token may start, as <see cref="Lookup"/> finds them: the lexicon's own array (not to be changed),
    /// empty when there are none.
    /// </summary>
    internal TriggerForm[] TriggersOf(ReadOnlySpan<char> token) =>
        _formShapes.MayContain(token) && _formLookup.TryGetValue(token, out var found) ? found : HeadTriggersOf(token);

    /// <summary>The full word forms with their triggers (the lexicon's own arrays, not to be changed).</summary>
    internal IReadOnlyDictionary<string, TriggerForm[]> FormTriggers => _formTriggers;

    /// <summary>The triggers of the longest compound head a token that is no full form ends in; empty if none.</summary>
    internal TriggerForm[] HeadTriggersOf(ReadOnlySpan<char> token)
    {
        if (token.Length <= MinimumHeadLength || !_headLengthLookup.TryGetValue(token[^EndingLength..], out var lengths)) return [];
        foreach (int length in lengths)
        {
            if (length >= token.Length) continue;
            var ending = token[^length..];
            if (_headShapes.MayContain(ending) && _headLookup.TryGetValue(ending, out var head)) return head;
        }

        return [];
    }

    /// <summary>
    /// Prepares the lookups once all entries are read: the shapes of the full forms, and the compound heads of at least
    /// <see cref="MinimumHeadLength"/> letters grouped by their last letters.
    /// </summary>
    private void IndexForLookup()
    {
        foreach (var (form, triggers) in _forms) _formTriggers[form] = [.. triggers];
        foreach (var (head, triggers) in _heads) _headTriggers[head] = [.. triggers];
        foreach (var form in _forms.Keys) _formShapes.Add(form);

        var byEnding = new Dictionary<string, SortedSet<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var head in _heads.Keys)
        {
            if (head.Length < MinimumHeadLength) continue;
            _headShapes.Add(head);
            var ending = head[^EndingLength..];
            if (!byEnding.TryGetValue(ending, out var lengths)) byEnding[ending] = lengths = [];
            lengths.Add(head.Length);
        }

        foreach (var (ending, lengths) in byEnding) _headLengths[ending] = [.. lengths.Reverse()];
    }

    public static EventLexicon Load(string path, bool german, PloverScheme scheme)
    {
        var lexicon = new EventLexicon { NounsCapitalized = german, ParticleAdjacent = !german };
        foreach (var row in TsvFile.Read(path, 6))
        {
            string id = row[0], category = row[1], kind = row[3], text = row[4];
            if (kind == "none")
            {
                // A word that ends in a trigger's head but names no act (Pressekonferenz): its forms trigger nothing.
                foreach (var form in NounForms.Of(text, german)) lexicon._forms[form] = [];
                continue;
            }

            if (!scheme.TryGet(category, out var plover)) throw row.Error($"unknown PLOVER category '{category}'");
            string? mode = row[2] == "-" ? null : row[2];
            if (mode is not null && !plover.Modes.Contains(mode)) throw row.Error($"mode '{mode}' is not a mode of {category}");
            var needsParts = row[5].Split(',', StringSplitOptions.TrimEntries);
            bool inverse = false, objectGenitive = false, joint = false, statement = false, notWithInfinitive = false;
            for (int i = 1; i < needsParts.Length; i++)
            {
                switch (needsParts[i])
                {
                    case "inverse": inverse = true; break;
                    case "object-genitive": objectGenitive = true; break;
                    case "joint": joint = true; break;
                    case "statement": statement = true; break;
                    case "not-with-infinitive": notWithInfinitive = true; break;
                    default: throw row.Error($"unknown flag '{needsParts[i]}' (inverse, object-genitive, joint, statement, not-with-infinitive)");
                }
            }

            var needs = needsParts[0] switch
            {
                "any" => EntryNeeds.Any,
                "source" => EntryNeeds.Source,
                "source+target" => EntryNeeds.SourceAndTarget,
                _ => throw row.Error($"unknown needs '{needsParts[0]}'"),
            };

            switch (kind)
            {
                case "verb":
                {
                    var spec = VerbSpec.Parse(text);
                    var entry = new EventEntry(id, category, mode, kind, needs, spec.Particle, [])
                    {
                        Inverse = inverse, ObjectGenitive = objectGenitive, Joint = joint, Statement = statement, HasVerb = true,
                        NotWithInfinitive = notWithInfinitive,
                    };
                    lexicon.AddVerb(entry, spec, german);
                    break;
                }
                case "noun":
                {
                    // "call !to|for": words after a '!' must not follow the noun at once (calls to act are demands).
                    string[]? notNext = null;
                    int bang = text.IndexOf(" !", StringComparison.Ordinal);
                    if (bang >= 0)
                    {
                        notNext = text[(bang + 2)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                        text = text[..bang].Trim();
                    }

                    var entry = new EventEntry(id, category, mode, kind, needs, null, []) { Inverse = inverse, ObjectGenitive = objectGenitive, NotNext = notNext };
                    bool head = text.StartsWith('~');
                    foreach (var form in NounForms.Of(head ? text[1..] : text, german))
                    {
                        Add(head ? lexicon._heads : lexicon._forms, form, new TriggerForm(entry, null));
                        if (head) Add(lexicon._forms, form, new TriggerForm(entry, null));
                    }

                    break;
                }
                case "phrase":
                {
                    var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    int verbIndex = Array.FindIndex(parts, p => p.StartsWith('*'));
                    var words = new List<string[]>();
                    string[]? notNext = null;
                    for (int i = 0; i < parts.Length; i++)
                    {
                        if (parts[i].StartsWith('!')) notNext = parts[i][1..].Split('|');
                        else if (i != verbIndex) words.Add(parts[i].Split('|'));
                    }

                    if (notNext is not null && verbIndex < 0) throw row.Error("!words (not next to the verb) need a *verb");

                    if (verbIndex >= 0)
                    {
                        var spec = VerbSpec.Parse(parts[verbIndex][1..]);
                        var entry = new EventEntry(id, category, mode, kind, needs, spec.Particle, words)
                        {
                            Inverse = inverse, ObjectGenitive = objectGenitive, Joint = joint, Statement = statement, HasVerb = true,
                        NotWithInfinitive = notWithInfinitive,
                            NotNext = notNext,
                        };
                        lexicon.AddVerb(entry, spec, german);
                    }
                    else
                    {
                        if (words.Count < 2) throw row.Error("a phrase without a verb needs at least two words");
                        var entry = new EventEntry(id, category, mode, kind, needs, null, words.Skip(1).ToArray())
                        {
                            Inverse = inverse, ObjectGenitive = objectGenitive, Joint = joint, Statement = statement,
                        };
                        foreach (var anchor in words[0]) Add(lexicon._forms, anchor, new TriggerForm(entry, null));
                    }

                    break;
                }
                default:
                    throw row.Error($"unknown kind '{kind}' (verb, noun, phrase)");
            }

            lexicon.EntryCount++;
        }

        lexicon.IndexForLookup();
        return lexicon;
    }

    private void AddVerb(EventEntry entry, VerbSpec spec, bool german)
    {
        var forms = german ? VerbForms.German(spec) : VerbForms.English(spec);
        foreach (var form in forms)
        {
            Add(_forms, form.Form, new TriggerForm(entry, form.NeedsParticle ? spec.Particle : null));
        }
    }

    private static void Add(Dictionary<string, List<TriggerForm>> map, string key, TriggerForm trigger)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (!list.Exists(t => t.Entry == trigger.Entry && t.Particle == trigger.Particle)) list.Add(trigger);
    }
}
