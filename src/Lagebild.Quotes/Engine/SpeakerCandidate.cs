namespace Lagebild.Quotes.Engine;

/// <summary>Where a possible speaker comes from.</summary>
public enum CandidateSource
{
    Entity,
    Reference,
    Pronoun,
    Role,
}

/// <summary>A phrase that may name a speaker: an entity, an actor reference, a pronoun or a role noun.</summary>
/// <param name="FirstToken">Index of the first token it touches.</param>
/// <param name="EndToken">One past the last token of its word group (<c>Kreml-Sprecher</c> counts whole).</param>
/// <param name="Speaker">Entity id or actor code, null when unknown or resolved later (roles).</param>
/// <param name="IsModifier">A state adjective or compound prefix (<c>russische</c>, <c>US-</c>), not a head noun.</param>
/// <param name="IsPerson">A named person (pronouns resolve to the last one).</param>
/// <param name="IsDefinite">For roles: with a definite article, so it refers back to the last speaker.</param>
/// <param name="ActorCode">The actor code the entity or reference acts for, when known.</param>
public sealed record SpeakerCandidate(
    int Start,
    int End,
    int FirstToken,
    int EndToken,
    string? Speaker,
    CandidateSource Source,
    bool IsModifier,
    bool IsPerson,
    bool IsDefinite,
    string? ActorCode = null);
