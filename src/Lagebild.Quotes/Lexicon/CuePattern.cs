namespace Lagebild.Quotes.Lexicon;

/// <summary>What a speech cue tells the rules about where the speaker and the reported words are.</summary>
public enum CueKind
{
    /// <summary>A speech verb (<c>sagte</c>, <c>said</c>).</summary>
    Verb,

    /// <summary>A preposition before the speaker (<c>laut X</c>, <c>according to X</c>).</summary>
    SourceBefore,

    /// <summary>A postposition after the speaker (<c>X zufolge</c>).</summary>
    SourceAfter,

    /// <summary>A trailing attribution word (<c>…, so X.</c>).</summary>
    Trailer,

    /// <summary>An impersonal phrase with no speaker (<c>hieß es</c>).</summary>
    Impersonal,

    /// <summary>A statement noun (<c>Erklärung</c>, <c>statement</c>).</summary>
    Noun,
}

/// <summary>How a speech verb's subject relates to the words reported.</summary>
public enum CueRole
{
    /// <summary>The subject said it; cues a reported clause before or after.</summary>
    Speech,

    /// <summary>A verbal act; cues a reported clause only in Konjunktiv or after a complementizer.</summary>
    Stance,

    /// <summary>The subject passes on someone else's words; the object is the speaker.</summary>
    Relay,

    /// <summary>Listed so that its forms do not cue (<c>sagte … ab</c>).</summary>
    None,
}

/// <summary>One way a cue is written: its words, and the particle that must stand in its clause.</summary>
/// <param name="Words">The words of the cue, in order (one for most verbs).</param>
/// <param name="Particle">Words of a separable particle or phrase that must stand in the same clause, or null.</param>
/// <param name="Rule">The lexicon entry, shown in the output (<c>de/quotes/verbs.tsv:sagen</c>).</param>
public sealed record CuePattern(string[] Words, CueKind Kind, CueRole Role, string[]? Particle, string Id, string Rule);
