namespace Lagebild.Timex.Resolution;

/// <summary>Which way a clause points in time, as far as its verbs tell.</summary>
public enum Tense : byte
{
    Unknown,
    Past,
    Future,
}
