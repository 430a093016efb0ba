namespace Lagebild.Timex.Rules;

/// <summary>How an element matches one token.</summary>
public enum ElementKind : byte
{
    /// <summary>One of a set of words or punctuation marks.</summary>
    Literal,

    /// <summary>A word of a named piece (or a compound of pieces), captured with the piece's value.</summary>
    Piece,

    /// <summary>A digit run in a range (day, month, year, hour, number).</summary>
    Number,
}

/// <summary>One value captured from one token: several for a compound word (<c>Dienstagabend</c>).</summary>
public readonly record struct Capture(string Name, string Value);

/// <summary>One position of a compiled pattern.</summary>
public sealed class PatternElement
{
    public required ElementKind Kind { get; init; }

    public bool Optional { get; init; }

    /// <summary>The token must follow the previous one without whitespace.</summary>
    public bool Glued { get; init; }

    /// <summary>Literal: the accepted words (case-insensitive). Piece: word → captures.</summary>
    public Dictionary<string, Capture[]> Words { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Number: the capture name and accepted range and digit counts.</summary>
    public string CaptureName { get; init; } = "";

    public int Min { get; init; }

    public int Max { get; init; }

    public int MinDigits { get; init; } = 1;

    public int MaxDigits { get; init; } = 4;


    private Dictionary<int, Capture[]> byId = [];

    /// <summary>Numbers the element's words by the rule set's vocabulary, so matching compares integers.</summary>
    internal void Bind(IReadOnlyDictionary<string, int> vocabulary)
    {
        var ids = new Dictionary<int, Capture[]>(Words.Count);
        foreach (var (word, captures) in Words) ids[vocabulary[word]] = captures;
        byId = ids;
    }

    /// <summary>The vocabulary ids of the element's words (after <see cref="Bind"/>).</summary>
    internal IEnumerable<int> BoundIds => byId.Keys;

    /// <summary>Whether the element accepts the token (its text, and its vocabulary id or -1);
    /// adds its captures when it does.</summary>
    public bool TryMatch(ReadOnlySpan<char> token, int id, bool isNumber, List<Capture> captures)
    {
        if (Kind == ElementKind.Number)
        {
            if (!isNumber || token.Length < MinDigits || token.Length > MaxDigits) return false;
            if (!int.TryParse(token, out int n) || n < Min || n > Max) return false;
            captures.Add(new Capture(CaptureName, NumberText(n)));
            return true;
        }

        if (id < 0 || !byId.TryGetValue(id, out var found)) return false;
        captures.AddRange(found);
        return true;
    }

    private static readonly string[] SmallNumbers = [.. Enumerable.Range(0, 2200).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private static string NumberText(int n) =>
        n >= 0 && n < SmallNumbers.Length ? SmallNumbers[n] : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
