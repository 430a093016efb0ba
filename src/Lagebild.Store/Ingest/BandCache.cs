namespace Lagebild.Store.Ingest;

/// <summary>A stored document as the near-duplicate search compares it: its signature, what it duplicates, its order.</summary>
internal sealed record NearDuplicateCandidate(string Id, string Signature, string? DuplicateOf, long Seq);

/// <summary>
/// The stored documents of the near-duplicate bands read so far, kept equal to the <c>document_bands</c> table: documents
/// that share a band are usually near-duplicates of each other, so later documents find most of their bands read.
/// The store empties it whenever it cannot tell that the table is unchanged by others.
/// </summary>
internal sealed class BandCache
{
    /// <summary>Documents held at most; beyond this the cache starts again empty, so memory stays bounded.</summary>
    public const int MaxCandidates = 200_000;

    private readonly Dictionary<string, List<NearDuplicateCandidate>> _bands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NearDuplicateCandidate> _byId = new(StringComparer.Ordinal);

    public int Count => _byId.Count;

    public bool IsRead(string band) => _bands.ContainsKey(band);

    /// <summary>The documents of a band read before (see <see cref="IsRead"/>).</summary>
    public List<NearDuplicateCandidate> Members(string band) => _bands[band];

    /// <summary>Marks bands as read, with no documents yet.</summary>
    public void MarkRead(IEnumerable<string> bands)
    {
        foreach (var band in bands) _bands[band] = [];
    }

    /// <summary>Adds a document read from the table to a band marked read.</summary>
    public void AddRead(string band, string id, string signature, string? duplicateOf, long seq)
    {
        if (!_byId.TryGetValue(id, out var candidate))
        {
            candidate = new NearDuplicateCandidate(id, signature, duplicateOf, seq);
            _byId[id] = candidate;
        }

        _bands[band].Add(candidate);
    }

    /// <summary>A document just written with these bands: the bands already read gain it, as the table does.</summary>
    public void AddStored(NearDuplicateCandidate document, IEnumerable<string> bands)
    {
        _byId[document.Id] = document;
        foreach (var band in bands.Distinct(StringComparer.Ordinal))
        {
            if (_bands.TryGetValue(band, out var members)) members.Add(document);
        }
    }

    public void Clear()
    {
        _bands.Clear();
        _byId.Clear();
    }
}
