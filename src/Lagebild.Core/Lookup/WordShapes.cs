namespace Lagebild.Core.Lookup;

/// <summary>
/// A quick test that rejects most words a word table does not hold, before the table hashes them: it remembers the
/// length and the upper-cased first and last letters of every word added. A word that passes may still be missing;
/// a word that fails is certainly missing, also for tables that ignore case. A word with a letter outside ASCII at
/// either end is never rejected (its case pairs are left to the table).
/// </summary>
public sealed class WordShapes
{
    private const int Bits = 1 << 14;
    private const int Ascii = 128;
    private readonly ulong[] _bits = new ulong[Bits / 64];

    /// <summary>Remembers the shape of <paramref name="word"/>.</summary>
    public void Add(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return;
        foreach (int first in Buckets(word[0]))
        {
            foreach (int last in Buckets(word[^1])) Set(Key(word.Length, first, last));
        }
    }

    /// <summary>False when no word added has the shape of <paramref name="word"/>.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return true;
        char first = word[0], last = word[^1];
        if (first >= Ascii || last >= Ascii) return true;
        int key = Key(word.Length, char.ToUpperInvariant(first), char.ToUpperInvariant(last));
        return (_bits[key >> 6] & (1UL << key)) != 0;
    }

    /// <summary>
    /// The upper-case ASCII characters a table may equate with <paramref name="c"/>: its own upper case; for a
    /// character outside ASCII, only an ASCII case partner should it have one (words of a text with such letters at
    /// either end are always looked up, so nothing else is needed).
    /// </summary>
    private static List<int> Buckets(char c)
    {
        var buckets = new List<int>(2);
        foreach (char form in (ReadOnlySpan<char>)[c, char.ToUpperInvariant(c), char.ToLowerInvariant(c)])
        {
            if (form < Ascii && !buckets.Contains(char.ToUpperInvariant(form))) buckets.Add(char.ToUpperInvariant(form));
        }

        return buckets;
    }

    private static int Key(int length, int first, int last) => (int)((uint)(length * 7919 + first * 131 + last) % Bits);

    private void Set(int key) => _bits[key >> 6] |= 1UL << key;
}
