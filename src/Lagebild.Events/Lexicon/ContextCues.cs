using Lagebild.Core.Data;

namespace Lagebild.Events.Lexicon;

/// <summary>The kinds of cue words in <c>data/xx/events/context.tsv</c>.</summary>
public enum CueKind
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

/// <summary>Cue words of one language, looked up by token text without allocation.</summary>
public sealed class ContextCues
{
    private readonly Dictionary<string, CueKind> _cues = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CueKind>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private ContextCues() => _lookup = _cues.GetAlternateLookup<ReadOnlySpan<char>>();

    public CueKind KindOf(ReadOnlySpan<char> token) => _lookup.TryGetValue(token, out var kind) ? kind : CueKind.None;

    public static ContextCues Load(string path)
    {
        var cues = new ContextCues();
        foreach (var row in TsvFile.Read(path, 2))
        {
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
            if (!cues._cues.TryAdd(row[1], kind)) throw row.Error($"'{row[1]}' is listed twice");
        }

        return cues;
    }
}
