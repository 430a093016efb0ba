using Lagebild.Core.Model;
using Lagebild.Events.Lexicon;
using Lagebild.Events.Roles;

namespace Lagebild.Events;

/// <summary>
/// Working memory of an <see cref="EventFinder"/>, reused from document to document on one thread: per-token cue
/// arrays, the actors of a sentence and of a clause, and the roles of the trigger being coded. Apart from the rule
/// names, nothing in it is read beyond the document it is prepared for; what an event keeps is copied out of it.
/// </summary>
internal sealed class EventFinderBuffers
{
    /// <summary>Each token's cue kind, word classes and triggers (none but for words); at least as long as the document's tokens.</summary>
    public CueKind[] Kinds { get; private set; } = [];
    public WordClass[] Classes { get; private set; } = [];
    public TriggerForm[][] Triggers { get; private set; } = [];

    /// <summary>The actors of the sentence being read, and of the sentence before it (read for a pronoun's antecedent).</summary>
    public List<ClauseActor> SentenceActors { get; } = [];
    public List<ClauseActor> PreviousSentenceActors { get; } = [];

    /// <summary>The mentions of a sentence before they are sorted into actors.</summary>
    public List<(int Start, int End, string Code, string? PlaceId, bool PlaceOnly)> Found { get; } = [];

    /// <summary>The actors of the trigger's clause, its context words, and its sources and targets.</summary>
    public List<ClauseActor> ClauseActors { get; } = [];
    public List<string> Context { get; } = [];
    public List<string> Source { get; } = [];
    public List<string> Target { get; } = [];

    /// <summary>What the word index of each language said about the token texts met on this thread.</summary>
    private readonly List<WordMemo> _memos = [];

    private WordMemo MemoFor(WordIndex words)
    {
        foreach (var memo in _memos)
        {
            if (memo.Words == words) return memo;
        }

        var added = new WordMemo(words);
        _memos.Add(added);
        return added;
    }

    /// <summary>The rule names of events made on this thread (kept from document to document).</summary>
    public RuleNames RuleNames { get; } = new();

    /// <summary>The events added to the document so far with the start of the time that dates each.</summary>
    public List<(EventMention Mention, int DateAnchor)> Added { get; } = [];

    /// <summary>
    /// Empties every buffer and looks up once the cue kind and word classes of each token of the document, and the
    /// triggers of each word.
    /// </summary>
    public void PrepareFor(Document document, WordIndex words)
    {
        var tokens = document.Tokens;
        if (Kinds.Length < tokens.Count)
        {
            int size = Math.Max(tokens.Count, Kinds.Length * 2);
            Kinds = new CueKind[size];
            Classes = new WordClass[size];
            Triggers = new TriggerForm[size][];
        }

        var memo = MemoFor(words);
        for (int t = 0; t < tokens.Count; t++)
        {
            var cue = memo.Lookup(document.Slice(tokens[t]), tokens[t].Kind == TokenKind.Word, out var triggers);
            Kinds[t] = cue.Kind;
            Classes[t] = cue.Classes;
            Triggers[t] = triggers;
        }

        SentenceActors.Clear();
        PreviousSentenceActors.Clear();
        Found.Clear();
        ClauseActors.Clear();
        Context.Clear();
        Source.Clear();
        Target.Clear();
        Added.Clear();
    }
}
