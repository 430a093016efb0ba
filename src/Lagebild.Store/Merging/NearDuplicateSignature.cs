using System.Globalization;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Text;

namespace Lagebild.Store.Merging;

/// <summary>
/// MinHash signature over lower-cased word 5-grams: two texts whose signatures agree on most positions share most
/// of their 5-grams (agency copy reprinted by several outlets). Banded for candidate lookup.
/// </summary>
public sealed class NearDuplicateSignature
{
    public const int Hashes = 64;
    public const int Bands = 16;
    private const int RowsPerBand = Hashes / Bands;
    private const int ShingleWords = 5;

    /// <summary>Estimated Jaccard similarity at or above which two documents are near-duplicates.</summary>
    public const double Threshold = 0.7;

    private static readonly ulong[] Seeds = CreateSeeds();

    private NearDuplicateSignature(uint[] values) => Values = values;

    public uint[] Values { get; }

    /// <summary>The signature of a text, or null when it has fewer than five words.</summary>
    public static NearDuplicateSignature? Of(string text)
    {
        var words = new List<ulong>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= text.Length) break;
            ulong h = 14695981039346656037UL;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                h = (h ^ char.ToLowerInvariant(text[i])) * 1099511628211UL;
                i++;
            }
            words.Add(h);
        }
        if (words.Count < ShingleWords) return null;

        var values = new uint[Hashes];
        Array.Fill(values, uint.MaxValue);
        for (int w = 0; w + ShingleWords <= words.Count; w++)
        {
            ulong shingle = 0;
            for (int k = 0; k < ShingleWords; k++) shingle = Mix(shingle * 31 + words[w + k]);
            for (int j = 0; j < Hashes; j++)
            {
                uint v = (uint)(Mix(shingle ^ Seeds[j]) >> 32);
                if (v < values[j]) values[j] = v;
            }
        }
        return new NearDuplicateSignature(values);
    }

    public static NearDuplicateSignature Parse(string hex)
    {
        var values = new uint[Hashes];
        for (int j = 0; j < Hashes; j++)
            values[j] = uint.Parse(hex.AsSpan(j * 8, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new NearDuplicateSignature(values);
    }

    /// <summary>
    /// The signature whose text form (<see cref="ToString"/>) is <paramref name="hex"/>, or null when the text is not in
    /// that form (64 values of 8 lower-case hex digits). For such text, comparing values equals comparing the text.
    /// </summary>
    public static NearDuplicateSignature? FromText(string hex)
    {
        if (hex.Length != Hashes * 8) return null;
        foreach (char c in hex)
            if (!char.IsAsciiHexDigitLower(c)) return null;
        var signature = Parse(hex);
        signature._hex = hex;
        return signature;
    }

    private string? _hex;

    public override string ToString()
    {
        if (_hex is not null) return _hex;
        var sb = new StringBuilder(Hashes * 8);
        foreach (var v in Values) sb.Append(v.ToString("x8", CultureInfo.InvariantCulture));
        return _hex = sb.ToString();
    }

    /// <summary>
    /// The similarity to a stored signature in its text form (<see cref="ToString"/>), compared value by value
    /// without parsing; equals <c>Similarity(Parse(hex))</c>.
    /// </summary>
    public double Similarity(string hex)
    {
        if (hex.Length != Hashes * 8) return Similarity(Parse(hex));
        var own = ToString().AsSpan();
        var other = hex.AsSpan();
        int same = 0;
        for (int j = 0; j < Hashes; j++)
            if (own.Slice(j * 8, 8).SequenceEqual(other.Slice(j * 8, 8))) same++;
        return same / (double)Hashes;
    }

    /// <summary>One key per band; documents sharing a band key are near-duplicate candidates.</summary>
    public IEnumerable<string> BandKeys()
    {
        for (int b = 0; b < Bands; b++)
        {
            ulong h = (ulong)b;
            for (int r = 0; r < RowsPerBand; r++) h = Mix(h * 31 + Values[b * RowsPerBand + r]);
            yield return b.ToString(CultureInfo.InvariantCulture) + ":" + h.ToString("x16", CultureInfo.InvariantCulture);
        }
    }

    public double Similarity(NearDuplicateSignature other)
    {
        int same = 0;
        int j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; j + 8 <= Hashes; j += 8)
            {
                var equal = Vector256.Equals(
                    Vector256.Create(Values.AsSpan(j, 8)),
                    Vector256.Create(other.Values.AsSpan(j, 8)));
                same += BitOperations.PopCount(equal.ExtractMostSignificantBits());
            }
        }
        for (; j < Hashes; j++) if (Values[j] == other.Values[j]) same++;
        return same / (double)Hashes;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[Hashes];
        ulong s = 0x9E3779B97F4A7C15UL;
        for (int j = 0; j < Hashes; j++) { s = Mix(s + 0x9E3779B97F4A7C15UL); seeds[j] = s; }
        return seeds;
    }
}
