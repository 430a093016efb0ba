namespace Lagebild.Core.Lookup;

/// <summary>Whether a word is written in capitals (GOMA, WASHINGTON, NATO): every letter upper-case.</summary>
public static class Capitals
{
    /// <summary>True when the word has at least <paramref name="minimumLength"/> characters and no lower-case letter.</summary>
    public static bool Only(ReadOnlySpan<char> word, int minimumLength)
    {
        if (word.Length < minimumLength) return false;
        foreach (char c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        }

        return true;
    }
}
