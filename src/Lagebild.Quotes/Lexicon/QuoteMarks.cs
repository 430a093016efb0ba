using Lagebild.Core.Data;

namespace Lagebild.Quotes.Lexicon;

/// <summary>Which quotation marks open a quotation and which may close it (from <c>shared/quotes/marks.tsv</c>).</summary>
public sealed class QuoteMarks
{
    private readonly Dictionary<char, string> _closersByOpener = [];
    private readonly HashSet<char> _all = [];

    public const string File = "shared/quotes/marks.tsv";

    public static QuoteMarks Load(DataDirectory data)
    {
        var marks = new QuoteMarks();
        foreach (var row in TsvFile.Read(data.PathOf(File), 2))
        {
            if (row[0].Length != 1) throw row.Error($"an opening mark is one character, found '{row[0]}'");
            if (row[1].Length == 0) throw row.Error("no closing marks");
            marks.Add(row[0][0], row[1]);
        }

        return marks;
    }

    public void Add(char opener, string closers)
    {
        _closersByOpener[opener] = closers;
        _all.Add(opener);
        _all.UnionWith(closers);
    }

    public bool IsMark(char c) => _all.Contains(c);

    public bool CanOpen(char c) => _closersByOpener.ContainsKey(c);

    public bool Closes(char opener, char closer) => _closersByOpener.TryGetValue(opener, out var closers) && closers.Contains(closer);
}
