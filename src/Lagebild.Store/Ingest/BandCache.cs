using Lagebild.Store.Merging;

namespace Lagebild.Store.Ingest;

/// <summary>A stored document as the near-duplicate search compares it: its signature, what it duplicates, its order.</summary>
internal sealed class NearDuplicateCandidate(string id, string signature, string? duplicateOf, long seq)
{
    private NearDuplicateSignature? _values;
    private bool _parsed;

    /// <summary>A document just written, whose signature is at hand.</summary>
    public NearDuplicateCandidate(string id, NearDuplicateSignature signature, string? duplicateOf, long seq)
        : this(id, signature.ToString(), duplicateOf, seq) => (_values, _parsed) = (signature, true);

    public string Id { get; } = id;

    /// <summary>The signature as stored (<see cref="NearDuplicateSignature.ToString"/>).</summary>
    public string Signature { get; } = signature;

    public string? DuplicateOf { get; } = duplicateOf;

    public long Seq { get; } = seq;

    /// <summary>The last search that met this document (see <see cref="BandCache.Members(IReadOnlyList{string}, List{NearDuplicateCandidate})"/>).</summary>
    internal int Search { get; set; }

    /// <summary>
    /// <c>signature.Similarity(Signature)</c>, compared value by value once the stored text has been read as values.
    /// </summary>
    public double SimilarityTo(NearDuplicateSignature signature)
    {
        if (!_parsed) (_values, _parsed) = (NearDuplicateSignature.FromText(Signature), true);
        return _values is null ? signature.Similarity(Signature) : signature.Similarity(_values);
    }
}

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

    private int _searches;

    /// <summary>
    /// The documents of the bands (all read before, see <see cref="IsRead"/>), each once, in the order they are first
    /// met going through the bands in turn.
    /// </summary>
    public void Members(IReadOnlyList<string> bands, List<NearDuplicateCandidate> members)
    {
        int search = ++_searches;
        foreach (var band in bands)
        {
            foreach (var candidate in _bands[band])
            {
                if (candidate.Search == search) continue;
                candidate.Search = search;
                members.Add(candidate);
            }
        }
    }

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
