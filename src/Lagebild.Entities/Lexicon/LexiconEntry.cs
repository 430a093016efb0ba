namespace Lagebild.Entities.Lexicon;

/// <summary>
/// What a surface form in the actor lexicon stands for.
/// </summary>
/// <param name="Id">English Wikipedia title, or null when no article exists.</param>
/// <param name="Type">PER, ORG, GPE, LOC or MISC.</param>
/// <param name="ActorCode">The code the entity acts for in events (ISO alpha-3, organisation id), when fixed by the lexicon.</param>
/// <param name="PlaceId">For capitals: the city's own id, used when the capital is the place rather than the government.</param>
/// <param name="Rule">Where the entry comes from (<c>states.tsv:RUS</c>), shown as evidence.</param>
public sealed record LexiconEntry(string? Id, string Type, EntryKind Kind, string? ActorCode, string? PlaceId, string Rule);
