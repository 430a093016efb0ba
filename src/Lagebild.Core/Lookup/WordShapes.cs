namespace Lagebild.Core.Lookup;

/// <summary>
/// A quick test that rejects most words a word table does not hold, before the table hashes them: it remembers the
/// length and the first two and the last letters of every word added (upper-cased for a table that ignores case).
/// A word that passes may still be missing; a word that fails is certainly missing. A word with a letter outside
/// ASCII in one of those places is never rejected (its case pairs are left to the table).
/// </summary>
public sealed class WordShapes(bool ignoreCase = true)
{
    private const int Bits = 1 << 16;
    private const int Ascii = 128;

    /// <summary>Stands for the missing second letter of a one-letter word.</summary>
    private const int None = 0;

    private readonly ulong[] _bits = new ulong[Bits / 64];

    /// <summary>Remembers the shape of <paramref name="word"/>.</summary>
    public void Add(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return;
        var seconds = word.Length > 1 ? Buckets(word[1]) : [None];
        foreach (int first in Buckets(word[0]))
        {
            foreach (int second in seconds)
            {
                foreach (int last in Buckets(word[^1])) Set(Key(word.Length, first, second, last));
            }
        }
    }

    /// <summary>False when no word added has the shape of <paramref name="word"/>.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return true;
        char first = word[0], second = word.Length > 1 ? word[1] : (char)None, last = word[^1];
        if (first >= Ascii || second >= Ascii || last >= Ascii) return true;
        int key = Key(word.Length, Fold(first), word.Length > 1 ? Fold(second) : None, Fold(last));
        return (_bits[key >> 6] & (1UL << key)) != 0;
    }

    private int Fold(char c) => ignoreCase ? char.ToUpperInvariant(c) : c;

    /// <summary>
    /// The ASCII characters (upper-cased when case is ignored) a table may equate with <paramref name="c"/>; for a
    /// character outside ASCII, only an ASCII case partner should it have one (words of a text with such letters in
    /// a remembered place are always looked up, so nothing else is needed).
    /// </summary>
    private List<int> Buckets(char c)
    {
        var buckets = new List<int>(2);
        ReadOnlySpan<char> forms = ignoreCase ? [c, char.ToUpperInvariant(c), char.ToLowerInvariant(c)] : [c];
        foreach (char form in forms)
        {
            if (form < Ascii && !buckets.Contains(Fold(form))) buckets.Add(Fold(form));
        }

        return buckets;
    }

    private static int Key(int length, int first, int second, int last) =>
        (int)((uint)(((length * 131 + first) * 131 + second) * 131 + last) % Bits);

    private void Set(int key) => _bits[key >> 6] |= 1UL << key;
}
