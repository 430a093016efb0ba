using Lagebild.Events.Lexicon;

namespace Lagebild.Events.Roles;

/// <summary>An actor mentioned in a sentence, with the cue word (preposition) that governs it.</summary>
/// <param name="Code">ISO alpha-3 code or entity id the mention acts for.</param>
/// <param name="PlaceId">The place's id when the mention may name where an event happens.</param>
/// <param name="Governor">The preposition cue before the mention, or None.</param>
public readonly record struct ClauseActor(int Start, int End, int FirstToken, string Code, string? PlaceId, bool IsPlaceOnly, CueKind Governor);
