namespace Lagebild.Core.Model;

/// <summary>A mention of a named actor or place (<c>entities</c> layer).</summary>
/// <param name="Type">PER, ORG, GPE, LOC or MISC.</param>
/// <param name="Id">English Wikipedia title with underscores, or null.</param>
/// <param name="ActorCode">The actor code this mention acts for at the document's date
/// (ISO 3166-1 alpha-3 for a state and its people and bodies, else the entity id), or null.</param>
/// <param name="Rule">The lexicon entry or rule that produced the mention.</param>
public sealed record EntityMention(int Start, int End, string Text, string Type, string? Id, string? ActorCode, string Rule)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>
/// A phrase that refers to an actor without naming it (<c>der Kremlsprecher</c>, <c>ein US-Regierungsmitglied</c>,
/// <c>er</c>). Not part of the output; quotes and events resolve speakers and participants through it.
/// </summary>
/// <param name="EntityId">The person or body referred to, when known (Wikipedia title).</param>
/// <param name="ActorCode">The actor code it acts for (ISO alpha-3 or entity id), when known.</param>
public sealed record ActorReference(int Start, int End, string Text, string? EntityId, string? ActorCode, string Rule)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>A temporal expression normalised to TIMEX3 (<c>timexes</c> layer).</summary>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
/// <param name="Value">TIMEX3 value (<c>2021-12-07</c>, <c>2021-W49</c>, <c>P2D</c>, <c>PAST_REF</c>).</param>
/// <param name="Mod">START, MID, END, APPROX or null.</param>
/// <param name="Rule">The pattern that matched.</param>
public sealed record TimexMention(int Start, int End, string Text, string Type, string Value, string? Mod, string Rule)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>What someone said and who said it (<c>quotes</c> layer).</summary>
/// <param name="Kind"><c>direct</c> or <c>indirect</c>.</param>
/// <param name="Speaker">Entity id or actor code of the speaker, or null.</param>
/// <param name="SpeakerText">The words in the text that name the speaker.</param>
/// <param name="Cue">The speech cue (verb, noun, preposition) that credits the speaker.</param>
/// <param name="Via">The relay (news agency, outlet) when one is named.</param>
/// <param name="Rule">The rule that produced the quote.</param>
public sealed record QuoteMention(
    int Start, int End, string Text, string Kind, string? Speaker, string? SpeakerText, string? Cue, string? Via, string Rule)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>A PLOVER event: who did what to whom, when and where (<c>events</c> layer).</summary>
public sealed record EventMention(
    string Type,
    string? Mode,
    IReadOnlyList<string> Source,
    IReadOnlyList<string> Target,
    string? Date,
    string? Location,
    IReadOnlyList<string> Context,
    int Start,
    int End,
    string Text,
    string Rule)
{
    public TextSpan Span => new(Start, End);

    /// <summary>The span of the words that triggered the event (verb, noun), inside the evidence span.</summary>
    public TextSpan? Trigger { get; init; }
}

/// <summary>The values of <see cref="QuoteMention.Kind"/>.</summary>
public static class QuoteKind
{
    public const string Direct = "direct";
    public const string Indirect = "indirect";
}
