using System.Collections.Frozen;
using Lagebild.Core.Lookup;

namespace Lagebild.Entities.Lexicon;

/// <summary>
/// Multi-word forms as a trie of words: the first word is looked up by span in a frozen dictionary, the following
/// words walk the children. Built once; lookups allocate nothing.
/// </summary>
public sealed class FormTrie
{
    private readonly Dictionary<string, Node> _building = new(StringComparer.Ordinal);
    private FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _roots;
    private readonly WordShapes _rootShapes = new(ignoreCase: false);
    private bool _frozen;

    public sealed class Node
    {
        internal Dictionary<string, Node>? Children;
        internal Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> ChildLookup;

        public LexiconEntry? Entry { get; internal set; }

        public Node? Next(ReadOnlySpan<char> word) => Children is null ? null : ChildLookup.TryGetValue(word, out var node) ? node : null;

        internal void Freeze()
        {
            if (Children is null) return;
            ChildLookup = Children.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var child in Children.Values) child.Freeze();
        }
    }

    /// <summary>Adds a form split into words; a form already present keeps its first entry.</summary>
    public void Add(IReadOnlyList<string> words, LexiconEntry entry)
    {
        if (_frozen) throw new InvalidOperationException("the trie is frozen");
        if (words.Count == 0) return;
        if (!_building.TryGetValue(words[0], out var node))
        {
            node = new Node();
            _building[words[0]] = node;
        }

        for (int i = 1; i < words.Count; i++)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(words[i], out var child))
            {
                child = new Node();
                node.Children[words[i]] = child;
            }

            node = child;
        }

        node.Entry ??= entry;
    }

    public FormTrie Freeze()
    {
        foreach (var node in _building.Values) node.Freeze();
        _roots = _building.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in _building.Keys) _rootShapes.Add(word);
        _frozen = true;
        return this;
    }

    /// <summary>The node of forms whose first word is <paramref name="word"/>; most words are rejected by their shape
    /// before any hashing.</summary>
    public Node? Root(ReadOnlySpan<char> word) => _rootShapes.MayContain(word) && _roots.TryGetValue(word, out var node) ? node : null;
}
