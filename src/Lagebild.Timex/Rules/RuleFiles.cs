namespace Lagebild.Timex.Rules;

/// <summary>The shape of <c>data/&lt;lang&gt;/time/pieces.yaml</c>: named word lists with normalised values.</summary>
public sealed class PieceFile
{
    public Dictionary<string, PieceEntry> Pieces { get; set; } = [];
}

/// <summary>One named piece: words mapped to values, optionally with endings every word may take.</summary>
public sealed class PieceEntry
{
    public Dictionary<string, string> Words { get; set; } = [];

    public List<string>? Endings { get; set; }
}

/// <summary>The shape of <c>data/&lt;lang&gt;/time/rules.yaml</c>.</summary>
public sealed class RuleFile
{
    public List<RuleEntry> Rules { get; set; } = [];
}

/// <summary>One rule as written in the data file.</summary>
public sealed class RuleEntry
{
    public string Id { get; set; } = "";

    public string? Example { get; set; }

    public string Pattern { get; set; } = "";

    /// <summary>DATE, TIME, DURATION, SET, or NONE for a rule that only blocks false hits.</summary>
    public string Type { get; set; } = "";

    public string? Value { get; set; }

    public string? Mod { get; set; }

    /// <summary>Fixed captures the rule adds (<c>offset: -1</c>, <c>unit: D</c>).</summary>
    public Dictionary<string, string>? Set { get; set; }
}

/// <summary>The shape of <c>data/&lt;lang&gt;/time/tense.yaml</c>: words that mark a clause as past or future.</summary>
public sealed class TenseFile
{
    public List<string> Past { get; set; } = [];

    public List<string> Future { get; set; } = [];

    /// <summary>Word endings that mark a past form (English <c>ed</c>); empty when the language has none reliable.</summary>
    public List<string> PastEndings { get; set; } = [];

    /// <summary>Forms that are past or present alike (English <c>hit</c>, <c>cut</c>): past unless a word of
    /// <see cref="NotPastBefore"/> stands right before them (<c>will hit</c>, <c>to cut</c>).</summary>
    public List<string> AmbiguousPast { get; set; } = [];

    public List<string> NotPastBefore { get; set; } = [];

    /// <summary>Words with a past ending that are not past forms.</summary>
    public List<string> PastEndingExceptions { get; set; } = [];

    /// <summary>Auxiliaries that make a perfect tense with a participle (German <c>ist … eingetroffen</c>).</summary>
    public List<string> PerfectAuxiliaries { get; set; } = [];

    /// <summary>How a participle begins (<c>ge</c>, also after a separable particle) and ends (<c>t</c>, <c>en</c>).</summary>
    public List<string> ParticiplePrefixes { get; set; } = [];

    public List<string> ParticipleEndings { get; set; } = [];

    /// <summary>Words shaped like participles that are not (<c>gegen</c>).</summary>
    public List<string> ParticipleExceptions { get; set; } = [];

    /// <summary>Particles a past form may carry glued in front (German <c>an</c> + <c>bot</c>).</summary>
    public List<string> SeparablePrefixes { get; set; } = [];

    /// <summary>The tense assumed for a clause with no marker: past, future or nearest.</summary>
    public string Default { get; set; } = "nearest";

    /// <summary>Punctuation that sets off an insertion (dashes, parentheses): an unmarked insertion takes the
    /// tense of its sentence.</summary>
    public List<string> InsertionMarks { get; set; } = [];

    /// <summary>Whether a full stop after a one- or two-digit number marks an ordinal (German <c>7. Dezember</c>)
    /// rather than a sentence end.</summary>
    public bool OrdinalDot { get; set; }

    /// <summary>Punctuation that ends a clause.</summary>
    public List<string> ClauseBreaks { get; set; } = [];
}
