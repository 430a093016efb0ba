using Lagebild.Core.Data;

namespace Lagebild.Quotes.Lexicon;

/// <summary>Entity ids of news agencies and outlets that relay what others said (<c>shared/quotes/relays.tsv</c>).</summary>
public sealed class Relays
{
    public const string File = "shared/quotes/relays.tsv";

    private readonly HashSet<string> _ids = new(StringComparer.OrdinalIgnoreCase);

    public static Relays Load(DataDirectory data)
    {
        var relays = new Relays();
        foreach (var row in TsvFile.Read(data.PathOf(File), 1)) relays.Add(row[0]);
        return relays;
    }

    public void Add(string id) => _ids.Add(id);

    public bool Contains(string? id) => id is not null && _ids.Contains(id);
}
