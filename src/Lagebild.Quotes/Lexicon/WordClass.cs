namespace Lagebild.Quotes.Lexicon;

/// <summary>Classes of function words the quote rules look at (from <c>grammar.tsv</c>).</summary>
[Flags]
public enum WordClass
{
    None = 0,
    Complementizer = 1,
    Break = 2,
    AttributionStart = 4,
    Auxiliary = 8,
    Pronoun = 16,
    Definite = 32,
    Indefinite = 64,
    Agent = 128,
    Unreal = 256,
    Subordinator = 512,
    Opener = 1024,
    SourceNoun = 2048,
}

/// <summary>How sure a Konjunktiv form marks reported speech.</summary>
public enum MoodStrength
{
    None,
    Weak,
    Strong,
}
