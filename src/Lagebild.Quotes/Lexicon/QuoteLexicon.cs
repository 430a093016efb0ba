using Lagebild.Core.Data;

namespace Lagebild.Quotes.Lexicon;

/// <summary>
/// Everything the quote rules know about one language: speech cues, function words, Konjunktiv forms and
/// role nouns, loaded from <c>data/&lt;lang&gt;/quotes/</c> once.
/// </summary>
public sealed class QuoteLexicon
{
    private readonly WordTable<List<CuePattern>> _cuesByFirstWord = new();
    private readonly WordTable<WordClass> _classes = new();
    private readonly WordTable<MoodStrength> _moodForms = new();
    private readonly List<(string Suffix, MoodStrength Strength)> _moodSuffixes = [];
    private readonly List<string> _finalSuffixes = [];
    private readonly WordTable<string> _roles = new();
    /// <summary>Lengths of the longer role nouns, ascending and distinct (a list: enumerating a sorted set allocates).</summary>
    private readonly List<int> _roleSuffixLengths = [];
    private readonly WordTable<bool> _roleEndings = new();

    /// <summary>Whether the language marks reported speech by mood (German Konjunktiv).</summary>
    public bool HasReportingMood => _moodForms.Count > 0 || _moodSuffixes.Count > 0;

    public static QuoteLexicon Load(DataDirectory data, string language)
    {
        var lexicon = new QuoteLexicon();
        string dir = $"{language}/quotes/";
        lexicon.LoadVerbs(data.PathOf(dir + "verbs.tsv"), language);
        lexicon.LoadCues(data.PathOf(dir + "cues.tsv"), language);
        foreach (var row in TsvFile.Read(data.PathOf(dir + "grammar.tsv"), 2))
        {
            var cls = ParseClass(row);
            lexicon._classes.TryGet(row[0], out var existing);
            lexicon._classes.Add(row[0], existing | cls);
        }

        foreach (var row in TsvFile.Read(data.PathOf(dir + "konjunktiv.tsv"), 3))
        {
            var strength = row[2] switch
            {
                "strong" => MoodStrength.Strong,
                "weak" => MoodStrength.Weak,
                _ => throw row.Error($"strength must be strong or weak, found '{row[2]}'"),
            };
            if (row[0].StartsWith("$-", StringComparison.Ordinal)) lexicon.AddFinalMoodSuffix(row[0][2..]);
            else if (row[0].StartsWith('-')) lexicon.AddMoodSuffix(row[0][1..], strength);
            else lexicon.AddMoodForm(row[0], strength);
        }

        foreach (var row in TsvFile.Read(data.PathOf(dir + "roles.tsv"), 1))
        {
            lexicon.AddRole(row[0]);
        }

        return lexicon;
    }

    private static WordClass ParseClass(TsvRow row) => row[1] switch
    {
        "complementizer" => WordClass.Complementizer,
        "break" => WordClass.Break,
        "attribution-start" => WordClass.AttributionStart,
        "auxiliary" => WordClass.Auxiliary,
        "pronoun" => WordClass.Pronoun,
        "definite" => WordClass.Definite,
        "indefinite" => WordClass.Indefinite,
        "agent" => WordClass.Agent,
        "unreal" => WordClass.Unreal,
        "subordinator" => WordClass.Subordinator,
        "opener" => WordClass.Opener,
        "source-noun" => WordClass.SourceNoun,
        _ => throw row.Error($"unknown word class '{row[1]}'"),
    };

    private void LoadVerbs(string path, string language)
    {
        foreach (var row in TsvFile.Read(path, 5))
        {
            var role = row[4] switch
            {
                "speech" => CueRole.Speech,
                "stance" => CueRole.Stance,
                "relay" => CueRole.Relay,
                "none" => CueRole.None,
                _ => throw row.Error($"role must be speech, stance, relay or none, found '{row[4]}'"),
            };
            string id = row[0];
            string rule = $"{language}/quotes/verbs.tsv:{id}";
            string[]? particle = row[2] == "-" ? null : row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (row[1] != "-")
            {
                foreach (var form in SplitForms(row, row[1])) AddVerb(form, role, null, id, rule);
            }

            if (row[3] != "-")
            {
                if (particle is null) throw row.Error("split forms need a particle");
                foreach (var form in SplitForms(row, row[3])) AddVerb(form, role, particle, id, rule);
            }
        }
    }

    private static IEnumerable<string> SplitForms(TsvRow row, string field)
    {
        var forms = field.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (forms.Length == 0) throw row.Error("no forms");
        foreach (var form in forms)
        {
            if (form.Contains(' ')) throw row.Error($"a verb form is one word, found '{form}'");
        }

        return forms;
    }

    private void LoadCues(string path, string language)
    {
        foreach (var row in TsvFile.Read(path, 2))
        {
            var kind = row[1] switch
            {
                "source-before" => CueKind.SourceBefore,
                "source-after" => CueKind.SourceAfter,
                "trailer" => CueKind.Trailer,
                "impersonal" => CueKind.Impersonal,
                "noun" => CueKind.Noun,
                "phrase" => CueKind.Verb,
                _ => throw row.Error($"unknown cue kind '{row[1]}'"),
            };
            var words = row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            AddCue(new CuePattern(words, kind, row[1] == "phrase" ? CueRole.Stance : CueRole.Speech, null, row[0], $"{language}/quotes/cues.tsv:{row[0].Replace(' ', '_')}"));
        }
    }

    /// <summary>Adds a one-word verb form (for tests and loading).</summary>
    public void AddVerb(string form, CueRole role, string[]? particle, string id, string rule) =>
        AddCue(new CuePattern([form], CueKind.Verb, role, particle, id, rule));

    public void AddCue(CuePattern pattern)
    {
        if (!_cuesByFirstWord.TryGet(pattern.Words[0], out var list))
        {
            list = [];
            _cuesByFirstWord.Add(pattern.Words[0], list);
        }

        // Longer phrases first, and patterns that need a particle before those that do not, so the most
        // specific reading is tried first.
        list.Add(pattern);
        list.Sort((a, b) => b.Words.Length != a.Words.Length
            ? b.Words.Length.CompareTo(a.Words.Length)
            : (b.Particle is null ? 0 : 1).CompareTo(a.Particle is null ? 0 : 1));
    }

    public void AddClass(string word, WordClass cls)
    {
        _classes.TryGet(word, out var existing);
        _classes.Add(word, existing | cls);
    }

    public void AddMoodForm(string form, MoodStrength strength) => _moodForms.Add(form, strength);

    public void AddMoodSuffix(string suffix, MoodStrength strength) => _moodSuffixes.Add((suffix, strength));

    public void AddFinalMoodSuffix(string suffix) => _finalSuffixes.Add(suffix);

    /// <summary>
    /// Whether the last word of a <c>dass</c>-clause (where the finite verb stands) has a Konjunktiv ending
    /// (<c>… eine Bedrohung darstelle</c>).
    /// </summary>
    public bool IsFinalMood(ReadOnlySpan<char> word)
    {
        if (MoodOf(word) != MoodStrength.None) return true;
        if (word.Length < 4 || !char.IsLower(word[0])) return false;
        foreach (var suffix in _finalSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    public void AddRole(string noun)
    {
        _roles.Add(noun, noun);
        if (noun.Length >= 6)
        {
            int at = _roleSuffixLengths.BinarySearch(noun.Length);
            if (at < 0) _roleSuffixLengths.Insert(~at, noun.Length);
            _roleEndings.TryAdd(noun[^3..], true);
        }
    }

    public IReadOnlyList<CuePattern>? CuesStartingWith(ReadOnlySpan<char> word) =>
        _cuesByFirstWord.TryGet(word, out var list) ? list : null;

    public WordClass ClassOf(ReadOnlySpan<char> word) => _classes.TryGet(word, out var c) ? c : WordClass.None;

    public bool Is(ReadOnlySpan<char> word, WordClass cls) => (ClassOf(word) & cls) != 0;

    /// <summary>How strongly the word marks reported speech by its mood.</summary>
    public MoodStrength MoodOf(ReadOnlySpan<char> word)
    {
        if (_moodForms.TryGet(word, out var strength)) return strength;
        if (word.Length >= 6 && char.IsLower(word[0]))
        {
            foreach (var (suffix, s) in _moodSuffixes)
            {
                if (word.EndsWith(suffix, StringComparison.Ordinal)) return s;
            }
        }

        return MoodStrength.None;
    }

    /// <summary>Whether the word (or its last hyphenated part) is a role noun such as <c>Sprecher</c>.</summary>
    public bool IsRole(ReadOnlySpan<char> word)
    {
        if (_roles.Contains(word)) return true;
        int hyphen = word.LastIndexOf('-');
        if (hyphen >= 0 && hyphen + 1 < word.Length && _roles.Contains(word[(hyphen + 1)..])) return true;
        if (word.Length < 8 || !char.IsUpper(word[0]) || !_roleEndings.Contains(word[^3..])) return false;
        foreach (int length in _roleSuffixLengths)
        {
            if (length >= word.Length) break;
            var tail = word[^length..];
            if (char.IsLower(tail[0]) && _roles.Contains(tail)) return true;
        }

        return false;
    }
}
