using Lagebild.Core.Lookup;
using Lagebild.Core.Data;

namespace Lagebild.Events.Lexicon;

/// <summary>The kinds of cue words in <c>data/xx/events/context.tsv</c>.</summary>
public enum CueKind : byte
{
    None,
    Future,
    Hypothetical,
    Negation,
    Location,
    Target,
    Agent,
    Between,
    And,
    FirstPerson,
    Reciprocal,
    /// <summary>A genitive article or preposition between a noun and the actor it belongs to (des, of).</summary>
    Genitive,
    /// <summary>An auxiliary ending a perfect infinitive (haben, sein): a modal before it reports, not plans.</summary>
    Perfect,
}

/// <summary>
/// Word classes a cue word may belong to besides its one <see cref="CueKind"/> (a word may be both a genitive
/// article and a determiner).
/// </summary>
[Flags]
public enum WordClass
{
    None = 0,
    /// <summary>A preposition that makes a noun after it part of a prepositional phrase (nach, während, after).</summary>
    Preposition = 1,
    /// <summary>A definite or possessive determiner: a noun after it refers back (das Treffen, their talks).</summary>
    Determiner = 2,
    /// <summary>A word opening a start point or duration (seit, since): such a time never dates an act.</summary>
    Since = 4,
    /// <summary>An indefinite article (ein, a): the noun after it introduces an act, it does not refer back.</summary>
    Indefinite = 8,
    /// <summary>An article after a place preposition that makes it a direction (in die Ukraine): the place is a target.</summary>
    Direction = 16,
    /// <summary>A word opening a complement clause (dass, that): the clause reports what its governing clause says.</summary>
    Complementizer = 32,
    /// <summary>"beide", "both": before a word of class <see cref="Sides"/> it names the two sides last told.</summary>
    Both = 64,
    /// <summary>"Seiten", "sides": after a word of class <see cref="Both"/> it names the two sides last told.</summary>
    Sides = 128,
    /// <summary>A passive auxiliary (wurde, was): only with one is an agent phrase after a verb its source.</summary>
    Passive = 256,
    /// <summary>A personal pronoun of one person as subject (er, he, she): it stands for the person last named.</summary>
    PersonPronoun = 512,
    /// <summary>The infinitive marker right before a verb (zu, to).</summary>
    Infinitive = 1024,
    /// <summary>A possessive determiner (seine, their): the noun after it belongs to the clause's subject.</summary>
    Possessive = 2048,
    /// <summary>An article that can only be genitive after a noun (des, eines, einer): the actor after it is attached.</summary>
    GenitiveArticle = 4096,
    /// <summary>A subordinating word that opens a clause without a comma when an actor follows (after Washington ...).</summary>
    Subordinator = 8192,
    /// <summary>
    /// An ordinal (ersten, letzten, first, last): after a meeting noun, "dem ersten am Montag …, dem letzten am Mittwoch"
    /// lists its single sessions.
    /// </summary>
    Ordinal = 16384,
    /// <summary>
    /// A word opening a clause that continues the list of the clause before (sowie, aber auch, but also): the actors
    /// after it are further objects of that clause's subject.
    /// </summary>
    Continuation = 32768,
    /// <summary>A word that points back to what the sentence before said (damit, darauf, to this): an answer to it.</summary>
    Anaphor = 65536,
    /// <summary>
    /// A preposition placing something at or during a meeting (bei, während, at, during): "die Staatschefs bei den
    /// Verhandlungen" tells that meeting, where "nach dem Treffen" only refers back to it.
    /// </summary>
    Occasion = 131072,
    /// <summary>
    /// A noun of government before a place preposition (die Regierung in Kiew, the junta in Mali): the place names the
    /// government's state, an actor, not where something happens.
    /// </summary>
    Government = 262144,
}

/// <summary>The cue kind and the word classes of one cue word.</summary>
public readonly record struct CueWord(CueKind Kind, WordClass Classes);

/// <summary>Cue words of one language, looked up by token text without allocation.</summary>
public sealed class ContextCues
{
    /// <summary>Kind and classes of every cue word in one table: a token is hashed once for both.</summary>
    private readonly Dictionary<string, CueWord> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CueWord>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The shapes of all cue words: most words of a text are rejected before any hashing.</summary>
    private readonly WordShapes _shapes = new();

    private ContextCues()
    {
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public CueKind KindOf(ReadOnlySpan<char> token) => Lookup(token).Kind;

    /// <summary>Whether the token belongs to the word class (listed as preposition, determiner or since).</summary>
    public bool Is(ReadOnlySpan<char> token, WordClass wordClass) => (Lookup(token).Classes & wordClass) != 0;

    /// <summary>All word classes of the token.</summary>
    public WordClass ClassesOf(ReadOnlySpan<char> token) => Lookup(token).Classes;

    /// <summary>Every cue word with its kind and classes.</summary>
    internal IReadOnlyDictionary<string, CueWord> Words => _words;

    /// <summary>The token's cue kind and word classes (None for both when it is no cue word).</summary>
    public CueWord Lookup(ReadOnlySpan<char> token) =>
        _shapes.MayContain(token) && _lookup.TryGetValue(token, out var word) ? word : default;

    public static ContextCues Load(string path)
    {
        var cues = new ContextCues();
        foreach (var row in TsvFile.Read(path, 2))
        {
            var wordClass = row[0] switch
            {
                "preposition" => WordClass.Preposition,
                "determiner" => WordClass.Determiner,
                "since" => WordClass.Since,
                "indefinite" => WordClass.Indefinite,
                "direction" => WordClass.Direction,
                "complementizer" => WordClass.Complementizer,
                "both" => WordClass.Both,
                "sides" => WordClass.Sides,
                "passive" => WordClass.Passive,
                "person-pronoun" => WordClass.PersonPronoun,
                "infinitive" => WordClass.Infinitive,
                "possessive" => WordClass.Possessive,
                "genitive-article" => WordClass.GenitiveArticle,
                "subordinator" => WordClass.Subordinator,
                "ordinal" => WordClass.Ordinal,
                "continuation" => WordClass.Continuation,
                "anaphor" => WordClass.Anaphor,
                "occasion" => WordClass.Occasion,
                "government" => WordClass.Government,
                _ => WordClass.None,
            };
            if (wordClass != WordClass.None)
            {
                cues._words.TryGetValue(row[1], out var listed);
                if ((listed.Classes & wordClass) != 0) throw row.Error($"'{row[1]}' is listed twice as {row[0]}");
                cues._words[row[1]] = listed with { Classes = listed.Classes | wordClass };
                continue;
            }

            var kind = row[0] switch
            {
                "future" => CueKind.Future,
                "hypothetical" => CueKind.Hypothetical,
                "negation" => CueKind.Negation,
                "location" => CueKind.Location,
                "target" => CueKind.Target,
                "agent" => CueKind.Agent,
                "between" => CueKind.Between,
                "and" => CueKind.And,
                "first-person" => CueKind.FirstPerson,
                "reciprocal" => CueKind.Reciprocal,
                "genitive" => CueKind.Genitive,
                "perfect" => CueKind.Perfect,
                _ => throw row.Error($"unknown cue kind '{row[0]}'"),
            };
            cues._words.TryGetValue(row[1], out var word);
            if (word.Kind != CueKind.None) throw row.Error($"'{row[1]}' is listed twice");
            cues._words[row[1]] = word with { Kind = kind };
        }

        foreach (var word in cues._words.Keys) cues._shapes.Add(word);
        return cues;
    }
}
