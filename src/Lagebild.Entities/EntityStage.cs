using Lagebild.Core.Data;
using Lagebild.Core.Model;
using Lagebild.Core.Pipeline;
using Lagebild.Entities.Dating;
using Lagebild.Entities.Lexicon;
using Lagebild.Entities.Matching;
using Lagebild.Entities.Roles;

namespace Lagebild.Entities;

/// <summary>
/// The actors stage: every mention of a named person, organisation, state or place, linked to its English Wikipedia
/// title and to the actor it acts for at the document's date; and the office nouns that refer to actors.
/// </summary>
public sealed class EntityStage : IStage
{
    private readonly ActorLexicon _lexicon;
    private readonly LexiconMatcher _matcher;
    private readonly CapitalMetonymy _metonymy;
    private readonly UnknownPersonFinder _unknownPersons;
    private readonly RoleReferenceFinder _roleReferences;

    public EntityStage(DataDirectory data)
    {
        _lexicon = ActorLexicon.Load(data);
        Roles = RoleTable.Load(data);
        var words = ContextWords.Load(data);
        _matcher = new LexiconMatcher(_lexicon.Forms);
        _metonymy = new CapitalMetonymy(words);
        _unknownPersons = new UnknownPersonFinder(words);
        _roleReferences = new RoleReferenceFinder(RoleNouns.Load(data), Roles);
        Dating = new OfficeTermDating(Roles, TenureMarkers.Load(data));
    }

    /// <summary>The dated role table, for later stages that map persons to the states they act for.</summary>
    public RoleTable Roles { get; }

    /// <summary>Dates a document that gives no date by the offices it names with their holders.</summary>
    public OfficeTermDating Dating { get; }

    public string Name => "entities";

    public IReadOnlyList<string> Reads { get; } = [Layers.Tokens, Layers.Sentences, Layers.Dct];

    public IReadOnlyList<string> Writes { get; } = [Layers.Entities, Layers.ActorReferences];

    public void Process(Document document)
    {
        var date = DocumentDates.Reference(document.Dct);
        var mentions = new List<EntityMention>();
        var hits = new List<LexiconHit>();
        var unknown = new List<(int Start, int End, string Rule)>();
        var taken = new bool[document.Tokens.Count];
        Func<int, bool> isTaken = t => t >= 0 && t < taken.Length && taken[t];
        foreach (var sentence in document.Sentences)
        {
            hits.Clear();
            unknown.Clear();
            _matcher.Match(document, sentence, hits);
            foreach (var hit in hits)
            {
                mentions.Add(ToMention(document, sentence, hit, date));
                MarkTaken(taken, hit);
            }

            _unknownPersons.Find(document, sentence, isTaken, unknown);
            foreach (var (start, end, rule) in unknown)
            {
                mentions.Add(new EntityMention(start, end, document.Text[start..end], "PER", null, null, rule));
            }
        }

        SurnameCoreference.Resolve(document, mentions);
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        document.Entities.AddRange(mentions);
        _roleReferences.Find(document, date);
    }

    /// <summary>Marks the tokens a lexicon hit covers (the tokens of a sentence, so always inside the document).</summary>
    private static void MarkTaken(bool[] taken, LexiconHit hit)
    {
        int end = Math.Min(taken.Length, hit.FirstToken + hit.TokenCount);
        for (int t = Math.Max(0, hit.FirstToken); t < end; t++) taken[t] = true;
    }

    private EntityMention ToMention(Document document, Sentence sentence, LexiconHit hit, DateOnly? date)
    {
        var entry = hit.Entry;
        var text = document.Text[hit.Start..hit.End];
        return entry.Kind switch
        {
            EntryKind.Person => new EntityMention(hit.Start, hit.End, text, "PER", entry.Id, entry.Id is null ? null : Roles.ActorFor(entry.Id, date), entry.Rule),
            EntryKind.Capital when _metonymy.IsPlace(document, sentence, hit) =>
                new EntityMention(hit.Start, hit.End, text, "GPE", entry.PlaceId, null, entry.Rule + ":place"),
            EntryKind.Capital => new EntityMention(hit.Start, hit.End, text, "GPE", entry.Id, entry.ActorCode, entry.Rule + ":government"),
            EntryKind.StateName or EntryKind.StateAdjective or EntryKind.Demonym =>
                new EntityMention(hit.Start, hit.End, text, "GPE", entry.Id, entry.ActorCode, entry.Rule),
            _ => new EntityMention(hit.Start, hit.End, text, entry.Type, entry.Id, entry.ActorCode, entry.Rule),
        };
    }
}
