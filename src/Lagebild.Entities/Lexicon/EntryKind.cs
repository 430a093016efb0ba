namespace Lagebild.Entities.Lexicon;

/// <summary>What a lexicon form names; it decides inflection and metonymy.</summary>
public enum EntryKind
{
    /// <summary>A state's name or short form (<c>Russland</c>, <c>USA</c>).</summary>
    StateName,

    /// <summary>A state's adjective (<c>russisch</c> + ending, <c>Russian</c>).</summary>
    StateAdjective,

    /// <summary>A state's people (<c>Russen</c>, <c>Americans</c>).</summary>
    Demonym,

    /// <summary>A capital or seat of government: the state when it acts, the city when it is the place.</summary>
    Capital,

    Person,
    Organisation,
    Place,
}
