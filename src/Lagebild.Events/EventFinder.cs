using Lagebild.Core.Lookup;
using Lagebild.Core.Model;
using Lagebild.Events.Lexicon;
using Lagebild.Events.Roles;
using Lagebild.Events.Scheme;

namespace Lagebild.Events;

/// <summary>
/// Finds the events of one document, sentence by sentence. Built per document; holds no shared state. Its working
/// memory is <paramref name="buffers"/>, prepared for the document by the calling thread.
/// </summary>
internal sealed class EventFinder(Document document, EventLexicon lexicon, ContextCues cues, PloverScheme scheme, EventFinderBuffers buffers)
{
    private const int GovernorLookBack = 3;

    /// <summary>The PLOVER mode of visits (data/shared/plover.yaml).</summary>
    private const string VisitMode = "visit";

    /// <summary>How many tokens after a noun trigger an actor may stand and still belong to its noun phrase.</summary>
    private const int NounPhraseReach = 6;

    /// <summary>Outside the act's own clause only dates naming at least a month (2021-12) date it.</summary>
    private const int MonthPrecision = 7;

    /// <summary>The events added so far with the start of the time that dates each.</summary>
    private readonly List<(EventMention Mention, int DateAnchor)> _added = buffers.Added;

    /// <summary>Buffers reused from trigger to trigger: the clause's actors, its context words, a sentence's mentions.</summary>
    private readonly List<ClauseActor> _clauseActors = buffers.ClauseActors;
    private readonly List<string> _context = buffers.Context;
    private readonly List<(int Start, int End, string Code, string? PlaceId, bool PlaceOnly)> _found = buffers.Found;

    /// <summary>The clause actors roles are being assigned to, and the test of coordination on them (made once).</summary>
    private List<ClauseActor> _roleActors = buffers.ClauseActors;
    private Func<int, bool>? _coordinatedAt;

    /// <summary>Whether the document names a negotiation format at all (null until asked).</summary>
    private bool? _namesFormat;

    /// <summary>Whether the entities are in text order, and whether a quote names a relaying outlet (null until asked).</summary>
    private bool? _entitiesInOrder;
    private bool? _quotesNameRelays;

    /// <summary>The length of the longest entity, known once the entities' order was checked.</summary>
    private int _longestEntity;

    private SessionList? _sessions;

    /// <summary>Each token's cue kind and word classes, looked up once per document (the arrays may be longer).</summary>
    private readonly CueKind[] _kinds = buffers.Kinds;
    private readonly WordClass[] _classes = buffers.Classes;

    /// <summary>The triggers each word may start, looked up once per document.</summary>
    private readonly TriggerForm[][] _triggers = buffers.Triggers;

    /// <summary>Participants of the last meeting or agreement with two sides: what "the talks", "both sides" refer to.</summary>
    private List<string>? _lastParticipants;

    /// <summary>Acts of this document dated in their own sentence, in text order: what a later mention may repeat.</summary>
    private List<StatedAct>? _stated;

    /// <summary>The text of the clause an event was last added for, and where it starts.</summary>
    private string? _clauseText;
    private int _clauseTextStart;

    private (int Year, int Month, int Day)? _dct;
    private bool _dctParsed;

    private sealed record StatedAct(string Category, string[] Participants, string Date);

    /// <summary>Finds the events of a sentence whose content starts at <paramref name="firstToken"/> (after a dateline).</summary>
    public void FindIn(Sentence sentence, int firstToken)
    {
        var tokens = document.Tokens;
        int end = Math.Min(sentence.EndToken, tokens.Count);
        if (firstToken >= end) return;
        var actors = ActorsOf(sentence, buffers.SentenceActors);

        int clauseStart = firstToken;
        for (int t = firstToken; t <= end; t++)
        {
            if (t < end && t > clauseStart && OpensSubordinateClause(t, end, actors))
            {
                // "China protested after Washington approved the sale": the subordinate clause keeps its own roles.
                FindInClause(sentence, end, clauseStart, t, actors);
                clauseStart = t;
                continue;
            }

            if (t < end && !IsClauseBreak(t)) continue;
            if (t > clauseStart) FindInClause(sentence, end, clauseStart, t, actors);
            clauseStart = t + 1;
        }
    }

    /// <summary>
    /// Whether a subordinating word without comma (after, because, if) opens a clause here: an actor, perhaps behind
    /// an article, follows it at once as that clause's subject.
    /// </summary>
    private bool OpensSubordinateClause(int t, int end, List<ClauseActor> actors)
    {
        var tokens = document.Tokens;
        if (tokens[t].Kind != TokenKind.Word || !IsAt(t, WordClass.Subordinator)) return false;
        int next = t + 1;
        if (next < end && IsAt(next, WordClass.Determiner)) next++;
        foreach (var a in actors)
        {
            if (a.FirstToken == next && !a.IsPlaceOnly) return true;
            if (a.FirstToken > next) break;
        }

        return false;
    }

    private CueKind KindAt(int token) => _kinds[token];

    private bool IsAt(int token, WordClass wordClass) => (_classes[token] & wordClass) != 0;

    private bool IsClauseBreak(int t)
    {
        var tokens = document.Tokens;
        var token = tokens[t];
        if (token.Kind != TokenKind.Punctuation) return false;
        var text = document.Slice(token);
        // A parenthesis around one word (Organisation für Sicherheit … (OSZE) am 13. Januar) glosses a name; it breaks nothing.
        if (text is "(") return t + 2 >= tokens.Count || document.Slice(tokens[t + 2]) is not ")";
        if (text is ")") return t < 2 || document.Slice(tokens[t - 2]) is not "(";
        return text is "," or ";" or ":" or "–" or "—" or "|";
    }

    /// <summary>Whether a noun trigger stands after a preposition of occasion (bei den Verhandlungen, during the talks).</summary>
    private bool AtOccasion(int trigger, int first)
    {
        for (int t = trigger - 1; t >= first && t >= trigger - 3; t--)
        {
            if (IsAt(t, WordClass.Occasion)) return true;
        }

        return false;
    }

    private void FindInClause(Sentence sentence, int sentenceEnd, int first, int end, List<ClauseActor> sentenceActors)
    {
        var tokens = document.Tokens;
        for (int t = first; t < end; t++)
        {
            if (tokens[t].Kind != TokenKind.Word) continue;
            var triggers = _triggers[t];
            if (triggers.Length == 0 || InsideLongerName(tokens[t])) continue;
            var word = document.Slice(tokens[t]);
            bool capitalized = char.IsUpper(word[0]);
            // An article right before the word, or in English before one lower-case word before it (the four-hour meeting).
            bool afterArticle = (t > first && IsAt(t - 1, WordClass.Determiner | WordClass.Indefinite)) ||
                (!lexicon.NounsCapitalized && t - 1 > first && tokens[t - 1].Kind == TokenKind.Word && !char.IsUpper(document.Slice(tokens[t - 1])[0]) &&
                 IsAt(t - 2, WordClass.Determiner | WordClass.Indefinite));
            bool capitalizedInside = lexicon.NounsCapitalized && t > sentence.FirstToken && capitalized;
            for (int k = 0; k < triggers.Length; k++)
            {
                var trigger = triggers[k];
                if (capitalizedInside && trigger.Entry.Kind == "verb") continue;
                // After an article a verb form is a noun (the meeting, a call): noun entries code it.
                if (trigger.Entry.HasVerb && afterArticle) continue;
                // German nouns are capitalised: a lower-case form is a verb or adjective (treffen, not das Treffen).
                if (lexicon.NounsCapitalized && !capitalized && trigger.Entry.Kind == "noun") continue;
                if (trigger.Particle is not null && !ParticleFollows(trigger.Particle, t, sentenceEnd)) continue;
                if (trigger.Entry.NotNext is { } notNext && t + 1 < end && Matches(document.Slice(tokens[t + 1]), notNext)) continue;
                if (!WordsInClause(trigger.Entry, first, end, t)) continue;
                if (trigger.Entry.NotWithInfinitive && InfinitiveBeside(t, first, end)) continue;
                Emit(trigger.Entry, t, sentence, first, end, sentenceEnd, sentenceActors);
            }
        }

        if (scheme.Session is { } session && NamesFormat()) FindFormatSessions(session, first, end);
    }

    /// <summary>
    /// A negotiation format or joint body named with its day (der NATO-Russland-Rat am 12. Januar, the Normandy Format
    /// on Monday) is a session of its sides, unless a trigger of the clause already coded it.
    /// </summary>
    private void FindFormatSessions(FormatSession session, int first, int end)
    {
        var tokens = document.Tokens;
        int clauseStart = tokens[first].Start, clauseEnd = tokens[end - 1].End;
        foreach (var e in document.Entities)
        {
            if (e.Start < clauseStart || e.End > clauseEnd || e.Id is null || scheme.SidesOf(e.Id) is not { } sides) continue;
            int next = document.TokenIndexAt(e.End);
            TimexMention? day = null;
            foreach (var timex in document.Timexes)
            {
                if (timex.Start < e.End || timex.End > clauseEnd || !IsActDate(timex)) continue;
                int at = document.TokenIndexAt(timex.Start);
                if (at <= next + 1) day = timex;
                break;
            }

            if (day is null || CodedIn(session.Category, sides, clauseStart)) continue;
            var value = WithYear(day.Value);
            if (!char.IsAsciiDigit(value[0]) && !IsDayWithoutYear(value)) continue;
            var context = new List<string>();
            AddTemporalContext(context, value);
            (_stated ??= []).Add(new StatedAct(session.Category, sides, value));
            _lastParticipants = [.. sides];
            Add(new EventMention(session.Category, session.Mode, [.. sides], [], value, null, context, e.Start, day.End,
                document.Text[e.Start..day.End], $"format-session:{e.Id}") { Trigger = new TextSpan(e.Start, e.End) }, day.Start);
        }
    }

    private bool NamesFormat()
    {
        if (_namesFormat is { } known) return known;
        bool found = false;
        foreach (var e in document.Entities)
        {
            found = e.Id is not null && scheme.SidesOf(e.Id) is not null;
            if (found) break;
        }

        _namesFormat = found;
        return found;
    }

    /// <summary>Whether an event of the category from the clause at <paramref name="clauseStart"/> already has all these sides.</summary>
    private bool CodedIn(string category, string[] sides, int clauseStart)
    {
        foreach (var ev in document.Events)
        {
            if (ev.Start != clauseStart || ev.Type != category) continue;
            bool all = true;
            foreach (var side in sides) all &= ev.Source.Contains(side) || ev.Target.Contains(side);
            if (all) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the token is part of a longer name (Organisation für Sicherheit und Zusammenarbeit): a word of a name
    /// is no trigger.
    /// </summary>
    private bool InsideLongerName(in Token token)
    {
        var entities = document.Entities;
        if (!EntitiesInTextOrder())
        {
            foreach (var e in entities)
            {
                if (Holds(e, token)) return true;
            }

            return false;
        }

        // In text order only the entities starting at or before the token can hold it, and of those only the ones that
        // start no further back than the longest entity is long: a look back of a few entities, not a scan from the
        // document's start for every trigger.
        for (int i = StartOrder.FirstAtOrAfter(entities, token.Start + 1, static m => m.Start) - 1;
             i >= 0 && entities[i].Start >= token.End - _longestEntity; i--)
        {
            if (Holds(entities[i], token)) return true;
        }

        return false;

        static bool Holds(EntityMention e, in Token token) =>
            e.Start <= token.Start && token.End <= e.End && (e.Start < token.Start || token.End < e.End);
    }

    /// <summary>
    /// Whether a bare infinitive belongs to a verb without a comma between: after it (droht zu scheitern), before it
    /// (zu gefährden droht) or ending its clause (droht die Gespräche zu gefährden).
    /// </summary>
    private bool InfinitiveBeside(int verb, int first, int end)
    {
        var tokens = document.Tokens;
        if (verb - 2 >= first && IsAt(verb - 2, WordClass.Infinitive) && tokens[verb - 1].Kind == TokenKind.Word) return true;
        int last = end - 1;
        while (last > verb && tokens[last].Kind != TokenKind.Word) last--;
        return last - 1 > verb && IsAt(last - 1, WordClass.Infinitive);
    }

    private static bool Matches(ReadOnlySpan<char> token, string[] words)
    {
        foreach (var word in words)
        {
            if (token.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private bool ParticleFollows(string particle, int trigger, int sentenceEnd)
    {
        var tokens = document.Tokens;
        if (lexicon.ParticleAdjacent)
        {
            // English phrasal verbs: the particle follows at once or after one lower-case word (called on, ruled it out),
            // not after a name (called Vucic on Tuesday).
            for (int t = trigger + 1; t < sentenceEnd && t <= trigger + 2; t++)
            {
                var text = document.Slice(tokens[t]);
                if (text.Equals(particle, StringComparison.OrdinalIgnoreCase)) return true;
                if (tokens[t].Kind != TokenKind.Word || char.IsUpper(text[0])) return false;
            }

            return false;
        }

        for (int t = trigger + 1; t < sentenceEnd; t++)
        {
            if (!document.Slice(tokens[t]).Equals(particle, StringComparison.OrdinalIgnoreCase)) continue;
            if (t + 1 >= sentenceEnd || tokens[t + 1].Kind is not (TokenKind.Word or TokenKind.Number)) return true;
            // "lehnte Gespräche ab und warnte": a coordinating word after it closes the clause as well.
            if (KindAt(t + 1) == CueKind.And) return true;
        }

        return false;
    }

    private bool WordsInClause(EventEntry entry, int first, int end, int trigger)
    {
        var words = entry.Words;
        for (int w = 0; w < words.Count; w++)
        {
            var alternatives = words[w];
            bool found = false;
            for (int t = first; t < end && !found; t++)
            {
                found = t != trigger && Matches(document.Slice(document.Tokens[t]), alternatives);
            }

            if (!found) return false;
        }

        return true;
    }

    private void Emit(EventEntry entry, int trigger, Sentence sentence, int first, int end, int sentenceEnd, List<ClauseActor> sentenceActors)
    {
        var tokens = document.Tokens;
        int clauseStart = tokens[first].Start, clauseEnd = tokens[end - 1].End;
        var clauseActors = _clauseActors;
        clauseActors.Clear();
        string? location = null;
        foreach (var actor in sentenceActors)
        {
            if (actor.Start < clauseStart || actor.End > clauseEnd) continue;
            if (actor.IsPlaceOnly || (actor.Governor == CueKind.Location && actor.PlaceId is not null))
            {
                location ??= actor.PlaceId;
                continue;
            }

            clauseActors.Add(actor);
        }

        // "Putin forderte Garantien", "threatened sanctions", "lehnte Gespräche ab": an act named as the object of a
        // demand, threat or refusal is asked for, threatened or refused, not done.
        // A preposition before the noun shields it (trotz des Aufmarsches), unless the verb's own phrase takes it (warnte vor
        // Waffenlieferungen, drohte mit Sanktionen).
        if (!entry.HasVerb && EmbeddingVerbIn(first, end, trigger, sentenceEnd, AfterPreposition(trigger, first)) is { } embedding &&
            (embedding.Embeds == EmbeddedActs.All || (!OwnedInPhrase(clauseActors, trigger, entry.ObjectGenitive) && CompoundParticipants(clauseActors, trigger) is null))) return;

        bool reciprocal = false, firstPerson = false, passiveAuxiliary = false, anaphor = false;
        int bothAt = -1, pronounAt = -1;
        bool perfect = EndsInPerfect(first, end);
        // Filled per trigger and copied into each event it gives.
        var context = _context;
        context.Clear();
        for (int t = first; t < end; t++)
        {
            var classes = _classes[t];
            if (classes != WordClass.None)
            {
                passiveAuxiliary |= (classes & WordClass.Passive) != 0;
                if (pronounAt < 0 && t != trigger && t <= trigger + 1 && (classes & WordClass.PersonPronoun) != 0) pronounAt = t;
                if (bothAt < 0 && t + 1 < end && NamesBothSides(t, classes, end, clauseActors)) bothAt = t;
                anaphor |= (classes & WordClass.Anaphor) != 0;
            }

            switch (_kinds[t])
            {
                case CueKind.Reciprocal: reciprocal = true; break;
                case CueKind.FirstPerson: firstPerson = true; break;
                case CueKind.Future when !perfect && !entry.Statement: AddOnce(context, "future"); break;
                case CueKind.Hypothetical: AddOnce(context, "hypothetical"); break;
                case CueKind.Negation: AddOnce(context, "negation"); break;
            }
        }

        // A verb takes an agent phrase as its source only in a passive clause (wurde von X abgelehnt, was rejected by X),
        // not in "met for talks mediated by X"; a noun always may (Kritik von X).
        bool passive = !entry.HasVerb || passiveAuxiliary;
        _roleActors = clauseActors;
        // The trigger's sources and targets are worked on in the buffers and copied into each event it gives.
        var source = buffers.Source;
        var target = buffers.Target;
        var roles = RoleAssigner.Assign(clauseActors, _coordinatedAt ??= CoordinatedAt, reciprocal, passive, source, target);
        scheme.TryGet(entry.Category, out var category);
        bool symmetric = category?.Symmetric ?? false;
        string rule = roles.Rule;
        int ownSides = source.Count + target.Count;
        if (entry.Kind == "noun" && CompoundParticipants(clauseActors, trigger) is { } named)
        {
            // "Russland-Nato-Gespräche", "Biden-Putin-Gipfel": the actors inside the compound hold the act, whatever
            // preposition governs the compound.
            foreach (var code in source) if (!named.Contains(code) && !target.Contains(code)) target.Add(code);
            source.Clear();
            source.AddRange(named);
            foreach (var code in named) target.Remove(code);
            rule = "compound";
            ownSides = source.Count + target.Count;
        }
        else if (entry.Inverse)
        {
            // X stellt eine Bedrohung dar: X is accused; the accuser is named elsewhere (für Russland, the speaker).
            (source, target) = (target, source);
            rule += "+inverse";
        }
        else if (entry.HasVerb && pronounAt >= 0 && PersonPronounSubject(pronounAt, clauseActors) is int pronoun and >= 0 &&
                 PronounAntecedent(sentence, pronoun) is { } antecedent)
        {
            // "Er warnte Putin", "he urged Kyiv": the person last named is the subject; named actors are targets.
            foreach (var code in source) if (code != antecedent && !target.Contains(code)) target.Insert(0, code);
            source.Clear();
            source.Add(antecedent);
            target.Remove(antecedent);
            rule = "pronoun";
            ownSides = source.Count + target.Count;
        }
        else if (entry.Kind == "noun" && symmetric && GenitiveParticipants(clauseActors, trigger) is { } members)
        {
            // "ein Dialog der OSZE", "the meeting of the G7": the genitive names who meet, not the clause's subject.
            source.Clear();
            source.AddRange(members);
            target.Clear();
            rule = "noun-genitive";
            ownSides = source.Count;
        }
        else if (entry.HasVerb && source.Count > 0 && ContinuesList(first, end, trigger, clauseActors) &&
                 EarlierClauseSubject(sentenceActors, clauseStart, true) is int listSubject and >= 0)
        {
            // "..., seine Kollegen X und Y, aber auch Z von dem Gespräch unterrichten": Z is one more object of the
            // earlier clause's subject.
            string code = sentenceActors[listSubject].Code;
            target.InsertRange(0, source);
            target.Remove(code);
            ReplaceWith(source, code);
            AddEarlierClauseObjects(sentenceActors, listSubject, clauseStart, source, target);
            rule = "continued-list";
        }

        bool nominal = entry.Kind == "noun";
        bool material = category?.Quad == "material-conflict";
        bool verbal = category?.Quad.StartsWith("verbal", StringComparison.Ordinal) ?? false;
        string? clauseDate = ClauseDate(clauseStart, clauseEnd, trigger, nominal, out bool clauseDated, out int dateAnchor);
        // "beide Seiten", "both sides": the sides of the last meeting or agreement, when the clause names no subject.
        // They are the subject when no actor stands between them and the trigger (X said both sides had agreed).
        if (_lastParticipants is null) bothAt = -1;
        bool bothSides = bothAt >= 0 && (source.Count == 0 || (bothAt < trigger && !ActorBetween(clauseActors, bothAt, trigger)));
        if (bothSides)
        {
            source.Clear();
            source.AddRange(_lastParticipants!);
            foreach (var code in _lastParticipants!) target.Remove(code);
            rule = "both-sides";
            ownSides = source.Count + target.Count;
        }
        else if (bothAt > trigger && !symmetric && entry.HasVerb && source.Count > 0)
        {
            // "Blinken urged both governments", "forderte beide Seiten auf": the sides last told are the targets.
            foreach (var code in _lastParticipants!) if (!source.Contains(code) && !target.Contains(code)) target.Add(code);
            rule = "both-sides-target";
        }
        else if (nominal && clauseActors.Count == 0)
        {
            // "ein Dialog am 10. Januar": a new meeting with a time of its own is held by the sides last named.
            if (!symmetric || !clauseDated || _lastParticipants is null || RefersBack(trigger, first)) return;
            source.AddRange(_lastParticipants);
            rule = "dated-meeting+earlier-participants";
        }

        // "nach dem Gespräch", "their call": a meeting or agreement named after a determiner or preposition without
        // actors of its own refers back to one already told; the clause's actors belong to another act.
        if (nominal && symmetric && !(bothSides && AtOccasion(trigger, first)) && RefersBack(trigger, first) && !NamesOwnActors(clauseActors, trigger)) return;
        // "Biden wollte nach der Videokonferenz mit Putin seine Kollegen X und Y unterrichten": a meeting inside a
        // prepositional phrase is held by the subject before it and the partners of its phrase; later actors are the
        // objects of the clause's verb.
        if (nominal && symmetric && rule != "compound" && RefersBack(trigger, first)) DropActorsBeyondPhrase(clauseActors, trigger, target);
        int owner = nominal && !symmetric ? OwnerOf(clauseActors, trigger, entry.ObjectGenitive) : -1;
        // A noun of force (Angriff, Truppenaufmarsch) names an act only with the actor it belongs to; else it is a topic.
        if (nominal && material && owner < 0 && roles.Rule != "passive-agent")
        {
            // Except in a condition: "Sollte Russland sich zu einer Invasion in die Ukraine entscheiden", "if Russia
            // launches an invasion of Ukraine": with a target in its phrase the act is the condition's subject's.
            int conditionSubject = TargetInPhrase(clauseActors, trigger, entry.ObjectGenitive)
                ? ConditionSubject(sentenceActors, sentence.FirstToken, end) : -1;
            if (conditionSubject < 0) return;
            string code = sentenceActors[conditionSubject].Code;
            source.Clear();
            source.Add(code);
            target.Remove(code);
            foreach (var a in clauseActors) if (a.FirstToken > trigger && a.Code != code && !target.Contains(a.Code)) target.Add(a.Code);
            AddOnce(context, "hypothetical");
            rule = "condition-subject";
        }
        var quote = QuoteAround(tokens[trigger].Start);
        string? speaker = quote is null || !verbal ? null : SpeakerCode(quote);
        int speakerClauseSubject = -1;
        if (owner < 0 && nominal && verbal && !symmetric && !entry.Inverse && StartsWithComplementizer(first))
        {
            speakerClauseSubject = EarlierClauseSubject(sentenceActors, clauseStart, true);
        }

        if (speakerClauseSubject >= 0)
        {
            // Der Kreml sagte, dass Sanktionen zum Abbruch der Beziehungen führten: the noun of a verbal act in a
            // complement clause is the speaker's act; the clause's actors are its targets.
            string code = sentenceActors[speakerClauseSubject].Code;
            foreach (var s in source) if (s != code && !target.Contains(s)) target.Insert(0, s);
            ReplaceWith(source, code);
            target.Remove(code);
            rule = "complement-speaker";
        }
        else if (owner >= 0)
        {
            // The actor the act belongs to (die russische Truppenkonzentration, Forderungen Moskaus) is its source.
            string code = clauseActors[owner].Code;
            foreach (var s in source) if (s != code && !target.Contains(s)) target.Add(s);
            ReplaceWith(source, code);
            target.Remove(code);
            rule = "noun-owner";
        }
        else if (speaker is not null && (source.Count == 0 || firstPerson))
        {
            if (source.Count > 0)
            {
                foreach (var code in source) if (!target.Contains(code) && code != speaker) target.Insert(0, code);
            }

            ReplaceWith(source, speaker);
            target.Remove(speaker);
            rule = "quote-speaker";
        }
        else if (source.Count == 0)
        {
            // The subject of an earlier clause of the same sentence.
            // An infinitive (X forderte die EU auf, Sanktionen zu verhängen; urged Brussels to impose) is done by the
            // actor named last before it; another clause without subject continues the earlier clause's subject.
            bool infinitive = IsInfinitiveClause(first, end, trigger);
            // A passive without agent (..., die unterstützt wird) names no actor; the earlier subject is not it.
            int earlier = EndsInPassive(trigger, end) ? -1 : EarlierClauseSubject(sentenceActors, clauseStart, !infinitive);
            if (earlier >= 0)
            {
                AddSidesAt(sentenceActors, earlier, source);
                foreach (var code in source) target.Remove(code);
                rule = "earlier-clause";
                if (target.Count == 0 && clauseActors.Count == 0) AddEarlierClauseObjects(sentenceActors, earlier, clauseStart, source, target);
            }
        }

        List<(int Start, int End, string Code)>? sides = null;
        if (symmetric && source.Count + target.Count < 2 && rule != "noun-genitive")
        {
            // A visit needs its host named in the sentence; the sides of earlier talks are not it.
            bool visit = entry.Mode == VisitMode;
            rule += AddParticipants(source, target, sentenceActors, clauseStart, clauseEnd, !visit, anaphor ? sentence : null, out sides);
            if (visit) sides = null;
        }
        else if (!symmetric && source.Count > 0 && target.Count == 0)
        {
            rule += verbal ? AddConditionTarget(source, target, sentenceActors, sentence.FirstToken, first) : "";
            if (target.Count == 0) rule += AddComplementTarget(source, target, sentenceActors, end, sentenceEnd);
            if (target.Count == 0 && category?.Answers is { } answered) rule += AddAnsweredTarget(answered, source, target);
        }

        if (entry.Joint && ownSides < 2) return;
        if (entry.Needs != EntryNeeds.Any && source.Count == 0) return;
        if (entry.Needs == EntryNeeds.SourceAndTarget && target.Count == 0 && !(symmetric && source.Count >= 2)) return;

        string? date = clauseDate;
        bool stated = date is not null;
        if (!clauseDated)
        {
            date = DateIn(sentence.Start, sentence.End, tokens[trigger].Start, MonthPrecision);
            stated = date is not null;
            // A repeated mention of an act told earlier (the Biden-Putin summit after "the summit on 7 December").
            // A new act (ein Treffen, a meeting) repeats none.
            if (date is null && nominal && RefersBack(trigger, first)) date = EarlierMentionDate(entry.Category, source, target);
            // A day the sentence names but that cannot be resolved (am Mittwoch, without a document day) leaves the
            // act undated rather than dated by the narrative.
            if (date is null && !NamesUnresolvedDay(sentence.Start, sentence.End)) date = EarlierDateInParagraph(sentence) ?? DocumentDate(context);
        }

        AddTemporalContext(context, date);
        if (stated && date is not null && source.Count + target.Count > 0) (_stated ??= []).Add(new StatedAct(entry.Category, [.. source, .. target], date));
        // A meeting that did not happen (es kam nicht zu einem Treffen) is not what "the talks" later refer to.
        if (symmetric && source.Count + target.Count >= 2 && !context.Contains("negation")) RememberParticipants(source, target);

        var triggerSpan = new TextSpan(tokens[trigger].Start, tokens[trigger].End);
        if (roles.Reciprocal && target.Count == 0 && source.Count >= 2)
        {
            string clauseText = ClauseText(clauseStart, clauseEnd);
            foreach (var a in source)
            {
                foreach (var b in source)
                {
                    if (a == b) continue;
                    Add(new EventMention(entry.Category, entry.Mode, [a], [b], date, location, context.ToArray(), clauseStart, clauseEnd, clauseText,
                        buffers.RuleNames.Of(entry, "reciprocal")) { Trigger = triggerSpan }, dateAnchor);
                }
            }

            return;
        }

        if (sides is not null)
        {
            // "Dialoge an, einerseits mit der Nato, andererseits mit den USA": one act with each side, each in its clause.
            int sideClause = -1;
            string[] sideSource = source.ToArray();
            foreach (var side in sides)
            {
                if (side.Start == sideClause) continue;
                sideClause = side.Start;
                var sideTarget = new List<string>(target.Count);
                foreach (var code in target) if (!ContainsCode(sides, code)) sideTarget.Add(code);
                foreach (var other in sides) if (other.Start == side.Start) sideTarget.Add(other.Code);
                bool firstSide = sideTarget.Count > 0 && side.Start == sides[0].Start;
                int start = firstSide ? clauseStart : side.Start, stop = firstSide ? clauseEnd : side.End;
                Add(new EventMention(entry.Category, entry.Mode, sideSource, sideTarget, date, location, context.ToArray(), start, stop, document.Text[start..stop],
                    $"{entry.Id}+{rule}+side-clause") { Trigger = triggerSpan }, dateAnchor);
            }

            return;
        }

        if (nominal && symmetric && end < sentenceEnd && AddSessions(entry, source, target, context, end, sentenceEnd, rule, triggerSpan)) return;
        Add(new EventMention(entry.Category, entry.Mode, source.ToArray(), target.ToArray(), date, location, context.ToArray(), clauseStart, clauseEnd,
            ClauseText(clauseStart, clauseEnd), buffers.RuleNames.Of(entry, rule)) { Trigger = triggerSpan }, dateAnchor);
    }

    /// <summary>Makes the sources and then the targets of an act the participants "the talks", "both sides" refer to.</summary>
    private void RememberParticipants(List<string> source, List<string> target)
    {
        _lastParticipants ??= [];
        _lastParticipants.Clear();
        _lastParticipants.AddRange(source);
        _lastParticipants.AddRange(target);
    }

    /// <summary>The text of a clause; the string of the last clause asked for is reused for its further events.</summary>
    private string ClauseText(int start, int end)
    {
        if (_clauseText is null || _clauseTextStart != start || _clauseText.Length != end - start)
        {
            _clauseText = document.Text[start..end];
            _clauseTextStart = start;
        }

        return _clauseText;
    }

    /// <summary>
    /// The sessions a meeting noun lists after it (dem ersten am Montag in Genf, dem letzten am Mittwoch in Brüssel):
    /// one event for each dated item, held by the meeting's sides (its sources, then its targets) and any actor the
    /// item names. False when the noun lists none.
    /// </summary>
    private bool AddSessions(EventEntry entry, List<string> source, List<string> target, List<string> context, int breakToken, int sentenceEnd,
        string rule, TextSpan trigger)
    {
        if (source.Count + target.Count == 0) return false;
        bool any = false;
        string? sessionRule = null;
        foreach (var (itemFirst, itemEnd) in (_sessions ??= new SessionList(document, cues)).ItemsAfter(breakToken, sentenceEnd))
        {
            var tokens = document.Tokens;
            int start = tokens[itemFirst].Start, end = tokens[itemEnd - 1].End;
            TimexMention? day = null;
            foreach (var timex in document.Timexes)
            {
                if (timex.Start >= start && timex.End <= end && IsActDate(timex)) { day = timex; break; }
            }

            var value = day is null ? null : WithYear(day.Value);
            if (value is null || (!char.IsAsciiDigit(value[0]) && !IsDayWithoutYear(value))) continue;
            var participants = new List<string>(source.Count + target.Count);
            participants.AddRange(source);
            participants.AddRange(target);
            string? location = null;
            int last = day!.End;
            foreach (var e in document.Entities)
            {
                if (e.Start < start || e.End > end) continue;
                last = Math.Max(last, e.End);
                if (IsPlace(e)) location ??= e.Id;
                else if (e.ActorCode is { } code && !participants.Contains(code)) participants.Add(code);
            }

            var itemContext = new List<string>(context);
            AddTemporalContext(itemContext, value);
            (_stated ??= []).Add(new StatedAct(entry.Category, [.. participants], value));
            Add(new EventMention(entry.Category, entry.Mode, participants, [], value, location, itemContext, start, last,
                document.Text[start..last], sessionRule ??= $"{entry.Id}+{rule}+session") { Trigger = trigger }, day.Start);
            any = true;
        }

        return any;
    }

    /// <summary>
    /// Whether the word at <paramref name="t"/> opens a phrase for the two sides last told: "beide Seiten", "both
    /// leaders", or an article before such a word with no name after it (die Staatschefs, not die Präsidenten Biden und Putin).
    /// </summary>
    private bool NamesBothSides(int t, WordClass classes, int end, List<ClauseActor> clauseActors)
    {
        if (!IsAt(t + 1, WordClass.Sides)) return false;
        if ((classes & WordClass.Both) != 0) return true;
        if ((classes & WordClass.Determiner) == 0 || (classes & WordClass.Possessive) != 0) return false;
        foreach (var a in clauseActors)
        {
            if (a.FirstToken == t + 2) return false;
        }

        return t + 2 <= end;
    }

    /// <summary>
    /// The actors a meeting noun names in a genitive right after it (ein Dialog der OSZE, das Treffen der beiden
    /// Präsidenten is not one: no name), with those coordinated with them; null if none.
    /// </summary>
    private List<string>? GenitiveParticipants(List<ClauseActor> actors, int trigger)
    {
        var tokens = document.Tokens;
        for (int i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            if (a.FirstToken <= trigger) continue;
            if (a.FirstToken == trigger + 1 || a.FirstToken > trigger + 3 || a.Governor is not (CueKind.None or CueKind.Genitive)) return null;
            for (int t = trigger + 1; t < a.FirstToken; t++)
            {
                if (KindAt(t) != CueKind.Genitive) return null;
            }

            var members = new List<string> { a.Code };
            for (int j = i + 1; j < actors.Count && Coordinated(actors[j - 1], actors[j]); j++)
            {
                if (!members.Contains(actors[j].Code)) members.Add(actors[j].Code);
            }

            return members;
        }

        return null;
    }

    /// <summary>
    /// Whether a clause continues the list of the clause before it: it opens with words like "sowie", "aber auch",
    /// "as well as" and an actor, and ends in the trigger, the verb the earlier clause's subject governs.
    /// </summary>
    private bool ContinuesList(int first, int end, int trigger, List<ClauseActor> clauseActors)
    {
        var tokens = document.Tokens;
        if (first == 0 || IsSentenceStart(first) || document.Slice(tokens[first - 1]) is not ",") return false;
        int last = end - 1;
        while (last > trigger && tokens[last].Kind != TokenKind.Word) last--;
        if (last != trigger || clauseActors.Count == 0) return false;
        int actorAt = clauseActors[0].FirstToken;
        int words = 0;
        bool continuation = false, allAnd = true;
        for (int t = first; t < actorAt; t++)
        {
            bool isAnd = KindAt(t) == CueKind.And;
            bool isContinuation = IsAt(t, WordClass.Continuation);
            if (!isAnd && !isContinuation) return false;
            continuation |= isContinuation;
            allAnd &= isAnd;
            words++;
        }

        return continuation && (words >= 2 || allAnd);
    }

    /// <summary>Removes from the targets the actors after a noun's phrase that no preposition of the phrase governs.</summary>
    private void DropActorsBeyondPhrase(List<ClauseActor> clauseActors, int trigger, List<string> target)
    {
        bool subjectBefore = false;
        foreach (var a in clauseActors) subjectBefore |= a.FirstToken < trigger && a.Governor is CueKind.None;
        if (!subjectBefore) return;
        foreach (var a in clauseActors)
        {
            if (a.FirstToken <= trigger) continue;
            bool inPhrase = a.FirstToken <= trigger + NounPhraseReach && a.Governor is CueKind.Target or CueKind.Between or CueKind.Genitive;
            if (!inPhrase && !InPhraseWith(clauseActors, a)) target.Remove(a.Code);
        }
    }

    /// <summary>Whether an actor is coordinated with an earlier one that stands in a noun's phrase (mit Putin und Xi).</summary>
    private bool InPhraseWith(List<ClauseActor> clauseActors, ClauseActor actor)
    {
        for (int i = 1; i < clauseActors.Count; i++)
        {
            if (clauseActors[i] != actor) continue;
            var before = clauseActors[i - 1];
            return before.Governor is CueKind.Target or CueKind.Between && Coordinated(before, actor);
        }

        return false;
    }

    /// <summary>The subject (first ungoverned actor) of the sentence before <paramref name="sentence"/>, null if none.</summary>
    private string? PreviousSubject(Sentence sentence)
    {
        int index = document.SentenceIndexAt(sentence.Start);
        if (index <= 0) return null;
        var previous = document.Sentences[index - 1];
        foreach (var a in ActorsOf(previous, buffers.PreviousSentenceActors))
        {
            if (!a.IsPlaceOnly && a.Governor is CueKind.None) return a.Code;
        }

        return null;
    }

    /// <summary>
    /// Whether a preposition stands before a noun trigger in its phrase or the phrase it is attached to (trotz des
    /// Aufmarsches, im Falle einer serbischen Offensive, to talks): within five words, no punctuation between.
    /// </summary>
    private int AfterPreposition(int trigger, int first)
    {
        for (int t = trigger - 1; t >= first && t >= trigger - 5; t--)
        {
            var token = document.Tokens[t];
            if (token.Kind != TokenKind.Word) return -1;
            if (IsAt(t, WordClass.Preposition)) return t;
        }

        return -1;
    }

    /// <summary>Whether the token is one of the words an entry's phrase needs (vor in "warnen vor").</summary>
    private bool InWords(EventEntry entry, int token)
    {
        var word = document.Slice(document.Tokens[token]);
        var words = entry.Words;
        for (int w = 0; w < words.Count; w++)
        {
            if (Matches(word, words[w])) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a noun's owner stands in its own phrase: right before it (Moskaus Forderungen, russische Manöver) or
    /// after it (die Forderungen Ankaras), not as the subject before the verb (Goita lehnte Gespräche ab).
    /// </summary>
    private bool OwnedInPhrase(List<ClauseActor> clauseActors, int trigger, bool objectGenitive)
    {
        int owner = OwnerOf(clauseActors, trigger, objectGenitive);
        if (owner < 0) return false;
        var actor = clauseActors[owner];
        return actor.Start > document.Tokens[trigger].Start || document.TokenIndexAt(actor.End - 1) + 1 >= trigger;
    }

    /// <summary>
    /// The verb trigger of the clause whose category embeds acts (fordern, demand, threaten: all; ablehnen: unowned
    /// ones), with what it embeds; null if none. A noun behind a preposition is embedded only by a phrase that takes
    /// that preposition (vor in "warnen vor").
    /// </summary>
    private (EventEntry Entry, EmbeddedActs Embeds)? EmbeddingVerbIn(int first, int end, int noun, int sentenceEnd, int preposition)
    {
        var tokens = document.Tokens;
        for (int t = first; t < end; t++)
        {
            if (t == noun || tokens[t].Kind != TokenKind.Word) continue;
            var triggers = _triggers[t];
            if (triggers.Length == 0) continue;
            var word = document.Slice(tokens[t]);
            for (int k = 0; k < triggers.Length; k++)
            {
                var entry = triggers[k].Entry;
                if (!entry.HasVerb || !scheme.TryGet(entry.Category, out var category) || category.Embeds == EmbeddedActs.None) continue;
                if (lexicon.NounsCapitalized && char.IsUpper(word[0]) && t > first) continue;
                if (triggers[k].Particle is { } particle && !ParticleFollows(particle, t, sentenceEnd)) continue;
                if (preposition >= 0 && !InWords(entry, preposition)) continue;
                if (WordsInClause(entry, first, end, t)) return (entry, category.Embeds);
            }
        }

        return null;
    }

    /// <summary>
    /// Adds the codes of an actor and of the other sides of the same mention (a group of states acts as all of them)
    /// to <paramref name="sides"/>.
    /// </summary>
    private static void AddSidesAt(List<ClauseActor> actors, int index, List<string> sides)
    {
        foreach (var a in actors)
        {
            if (a.Start == actors[index].Start && a.End == actors[index].End && !sides.Contains(a.Code)) sides.Add(a.Code);
        }
    }

    /// <summary>Makes <paramref name="code"/> the only entry of the list.</summary>
    private static void ReplaceWith(List<string> list, string code)
    {
        list.Clear();
        list.Add(code);
    }

    private static bool ContainsCode(List<(int Start, int End, string Code)> sides, string code)
    {
        foreach (var side in sides) if (side.Code == code) return true;
        return false;
    }

    /// <summary>
    /// The subject of the nearest earlier clause of the sentence (its first ungoverned actor; with
    /// <paramref name="clauseSubject"/> false the last ungoverned one before the clause), -1 if none. The subject of a condition (Sollte
    /// Serbien ..., if Serbia ...) does not act in the clauses answering it.
    /// </summary>
    private int EarlierClauseSubject(List<ClauseActor> sentenceActors, int clauseStart, bool clauseSubject)
    {
        for (int i = sentenceActors.Count - 1; i >= 0; i--)
        {
            var a = sentenceActors[i];
            if (a.End > clauseStart || a.IsPlaceOnly || a.Governor is not CueKind.None) continue;
            if (InConditionalClause(a.FirstToken)) continue;
            // An embedded clause (, dass ..., ) does not hold the subject of the clause it interrupts.
            var (from, _) = ClauseAround(a.FirstToken);
            int fromToken = document.TokenIndexAt(from);
            if (fromToken > 0 && StartsWithComplementizer(fromToken)) continue;
            if (!clauseSubject) return i;
            // The clause's first ungoverned actor is its subject (Biden warnte Putin, ...).
            for (int j = 0; j < i; j++)
            {
                var b = sentenceActors[j];
                if (b.Start >= from && !b.IsPlaceOnly && b.Governor is CueKind.None) return j;
            }

            return i;
        }

        return -1;
    }

    /// <summary>
    /// The objects of the clause an earlier-clause subject stands in (die USA und die Nato die Forderung Russlands,
    /// dass ..., zurückgewiesen haben): actors after the subject's group, for a trigger whose own clause names none.
    /// </summary>
    private void AddEarlierClauseObjects(List<ClauseActor> sentenceActors, int subject, int clauseStart, List<string> source, List<string> target)
    {
        var (from, to) = ClauseAround(sentenceActors[subject].FirstToken);
        int i = subject;
        while (i + 1 < sentenceActors.Count && sentenceActors[i + 1].End <= to && Coordinated(sentenceActors[i], sentenceActors[i + 1]))
        {
            i++;
            if (!sentenceActors[i].IsPlaceOnly && !source.Contains(sentenceActors[i].Code)) source.Add(sentenceActors[i].Code);
        }

        for (i++; i < sentenceActors.Count; i++)
        {
            var a = sentenceActors[i];
            if (a.Start < from || a.End > to || a.End > clauseStart) break;
            if (a.IsPlaceOnly || a.Governor is CueKind.Agent or CueKind.Location) continue;
            if (!source.Contains(a.Code) && !target.Contains(a.Code)) target.Add(a.Code);
        }
    }

    /// <summary>
    /// The subject of the condition of a sentence (Sollte Russland ..., If Russia ...): the first ungoverned actor of
    /// a clause opened by a hypothetical cue, up to the end of the given clause; -1 if none.
    /// </summary>
    private int ConditionSubject(List<ClauseActor> sentenceActors, int sentenceFirst, int clauseEnd)
    {
        int condition = ConditionCue(sentenceFirst, clauseEnd);
        if (condition < 0) return -1;
        var (_, to) = ClauseAround(condition);
        for (int i = 0; i < sentenceActors.Count; i++)
        {
            var a = sentenceActors[i];
            if (a.FirstToken < condition || a.IsPlaceOnly || a.Governor is not CueKind.None) continue;
            return a.End <= to ? i : -1;
        }

        return -1;
    }

    /// <summary>
    /// The first hypothetical cue in [<paramref name="from"/>, <paramref name="to"/>) that opens its clause (Sollte X ...,
    /// Falls X ..., If X ...; a modal inside a clause is no condition), -1 if none.
    /// </summary>
    private int ConditionCue(int from, int to)
    {
        bool clauseOpens = true;
        for (int t = from; t < to; t++)
        {
            if (document.Tokens[t].Kind != TokenKind.Word)
            {
                clauseOpens |= IsClauseBreak(t);
                continue;
            }

            if (clauseOpens && KindAt(t) == CueKind.Hypothetical) return t;
            clauseOpens = false;
        }

        return -1;
    }

    /// <summary>Whether the clause around a token holds a hypothetical cue (sollte, falls, if).</summary>
    private bool InConditionalClause(int token)
    {
        int start = token;
        while (start > 0 && !IsClauseBreak(start - 1) && !IsSentenceStart(start)) start--;
        for (int t = start; t < document.Tokens.Count && !IsClauseBreak(t); t++)
        {
            if (t > token && IsSentenceStart(t)) break;
            if (KindAt(t) == CueKind.Hypothetical) return true;
        }

        return false;
    }

    private bool IsSentenceStart(int token)
    {
        int index = document.SentenceIndexAt(document.Tokens[token].Start);
        return index >= 0 && document.Sentences[index].FirstToken == token;
    }

    /// <summary>Whether the clause opens with a complementizer (dass, that): it reports what another clause says.</summary>
    private bool StartsWithComplementizer(int first) =>
        document.Tokens[first].Kind == TokenKind.Word && IsAt(first, WordClass.Complementizer);

    /// <summary>Whether an outlet relays a quote of this document (laut Bloomberg): a relay reports, it does not act.</summary>
    private bool IsRelay(string code)
    {
        foreach (var quote in document.Quotes)
        {
            if (quote.Via == code) return true;
        }

        return false;
    }

    /// <summary>Whether the clause ends in a perfect-infinitive auxiliary (soll zugestimmt haben).</summary>
    private bool EndsInPerfect(int first, int end)
    {
        for (int t = end - 1; t >= first; t--)
        {
            var token = document.Tokens[t];
            if (token.Kind != TokenKind.Word) continue;
            return KindAt(t) == CueKind.Perfect;
        }

        return false;
    }

    /// <summary>
    /// The clause actor a nominal trigger belongs to: an ungoverned actor right before it (die russische
    /// Truppenkonzentration, Russia's build-up, at most one word between) or right after it, possibly behind a genitive article (Forderungen
    /// Moskaus, das Vordringen der Nato, the demands of Moscow). -1 if none.
    /// </summary>
    private int OwnerOf(List<ClauseActor> actors, int trigger, bool objectGenitive)
    {
        var tokens = document.Tokens;
        int triggerStart = tokens[trigger].Start, triggerEnd = tokens[trigger].End;
        for (int i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            if (a.End <= triggerStart)
            {
                // Before: right before the trigger or with one word (an adjective, a possessive 's) between.
                int after = document.TokenIndexAt(a.End - 1) + 1;
                if (trigger - after > 1 || a.Governor is not (CueKind.None or CueKind.Genitive)) continue;
                bool plain = true;
                for (int t = after; t < trigger && plain; t++)
                {
                    var between = document.Slice(tokens[t]);
                    plain = (tokens[t].Kind == TokenKind.Word && !IsAt(t, WordClass.Preposition | WordClass.Determiner)) || between is "'" or "’";
                }

                if (plain) return i;
            }
            else if (a.Start >= triggerEnd)
            {
                if (objectGenitive) break;
                int gap = a.FirstToken - trigger - 1;
                if (gap > 2) break;
                bool genitive = true;
                for (int t = trigger + 1; t < a.FirstToken && genitive; t++) genitive = KindAt(t) == CueKind.Genitive;
                if (genitive && a.Governor is CueKind.None or CueKind.Genitive) return i;
                break;
            }
        }

        // "der Kreml seine Truppenaufstockung", "Russia and its build-up": a possessive points to the clause's subject.
        for (int t = trigger - 1; t >= 0 && t >= trigger - 3; t--)
        {
            if (tokens[t].Kind != TokenKind.Word) break;
            if (!IsAt(t, WordClass.Possessive)) continue;
            for (int i = 0; i < actors.Count; i++)
            {
                if (actors[i].FirstToken < t && actors[i].Governor is CueKind.None) return i;
            }

            break;
        }

        return -1;
    }

    /// <summary>
    /// Completes the participants of a meeting or agreement named with only one side: prepositional actors elsewhere
    /// in the sentence (kündigte Gespräche an, mit der Nato), else the sides of the last such event in the document
    /// (die beiden Seiten, das Gespräch).
    /// </summary>
    private string AddParticipants(List<string> source, List<string> target, List<ClauseActor> sentenceActors, int clauseStart, int clauseEnd,
        bool earlier, Sentence? answering, out List<(int Start, int End, string Code)>? sides)
    {
        sides = null;
        int before = source.Count + target.Count;
        List<(int Start, int End, string Code)>? found = null;
        foreach (var a in sentenceActors)
        {
            if (a.Start >= clauseStart && a.End <= clauseEnd) continue;
            if (a.IsPlaceOnly || a.Governor is not (CueKind.Target or CueKind.Between)) continue;
            if (source.Contains(a.Code) || target.Contains(a.Code)) continue;
            target.Add(a.Code);
            var (from, to) = ClauseAround(a.FirstToken);
            (found ??= []).Add((from, to, a.Code));
        }

        if (source.Count + target.Count > before)
        {
            // Sides in different clauses after the act's own (einerseits mit X, andererseits mit Y) are separate acts.
            for (int i = 1; found is not null && i < found.Count && sides is null; i++)
            {
                if (found[i].Start != found[0].Start && found[0].Start >= clauseEnd) sides = found;
            }

            return "+sentence-participant";
        }

        // "Putin soll sich damit einverstanden gezeigt haben", "Moscow agreed to this": an answer to what the
        // sentence before said takes that sentence's subject as the other side.
        if (answering is { } own && PreviousSubject(own) is { } asked && !source.Contains(asked) && !target.Contains(asked))
        {
            target.Add(asked);
            return "+previous-subject";
        }

        if (_lastParticipants is null || !earlier) return "";
        foreach (var code in _lastParticipants)
        {
            if (!source.Contains(code) && !target.Contains(code)) target.Add(code);
        }

        return source.Count + target.Count > before ? "+earlier-participants" : "";
    }

    /// <summary>The character span of the clause around a token (between clause breaks and sentence ends).</summary>
    private (int Start, int End) ClauseAround(int token)
    {
        var tokens = document.Tokens;
        int first = token, last = token;
        while (first > 0 && !IsClauseBreak(first - 1) && !IsSentenceStart(first)) first--;
        while (last + 1 < tokens.Count && !IsClauseBreak(last + 1) && !IsSentenceStart(last + 1)) last++;
        return (tokens[first].Start, tokens[last].End);
    }

    /// <summary>
    /// The target of a one-sided act named in the next clause (fordert Zusicherungen, dass die Nato …; warned that
    /// Washington …): its first actor that is not the source.
    /// </summary>
    private string AddComplementTarget(List<string> source, List<string> target, List<ClauseActor> sentenceActors, int clauseEnd, int sentenceEnd)
    {
        if (clauseEnd >= sentenceEnd) return "";
        int next = clauseEnd + 1;
        while (next < sentenceEnd && !IsClauseBreak(next)) next++;
        if (clauseEnd + 1 >= next) return "";
        int from = document.Tokens[clauseEnd + 1].Start, to = document.Tokens[next - 1].End;
        foreach (var a in sentenceActors)
        {
            if (a.Start < from || a.End > to || a.IsPlaceOnly || a.Governor is CueKind.Location or CueKind.Agent) continue;
            if (source.Contains(a.Code)) continue;
            target.Add(a.Code);
            return "+next-clause-target";
        }

        return "";
    }

    /// <summary>
    /// The target of an answer that names none (lehnt eine solche Garantie ab): the source of the latest act it answers
    /// (the demand) told earlier in the document by others.
    /// </summary>
    private string AddAnsweredTarget(string answered, List<string> source, List<string> target)
    {
        var events = document.Events;
        for (int i = events.Count - 1; i >= 0; i--)
        {
            var e = events[i];
            if ((answered != PloverScheme.AnyCategory && e.Type != answered) || e.Source.Count == 0) continue;
            bool other = true;
            for (int k = 0; k < e.Source.Count; k++) other &= !source.Contains(e.Source[k]);
            // An act aimed at others (urged Beijing to ...) is not what this actor answers.
            bool aimedElsewhere = e.Target.Count > 0;
            for (int k = 0; k < e.Target.Count; k++) aimedElsewhere &= !source.Contains(e.Target[k]);
            if (!other || aimedElsewhere) continue;
            target.AddRange(e.Source);
            return "+answered-target";
        }

        return "";
    }

    /// <summary>
    /// The target of a verbal act answering a condition earlier in the sentence (Sollte Russland einmarschieren, werde
    /// das Folgen haben; if Russia invades, ... will): the condition's subject.
    /// </summary>
    private string AddConditionTarget(List<string> source, List<string> target, List<ClauseActor> sentenceActors, int sentenceFirst, int clauseFirst)
    {
        if (ConditionCue(sentenceFirst, clauseFirst) < 0) return "";
        int clauseStart = document.Tokens[clauseFirst].Start;
        foreach (var a in sentenceActors)
        {
            if (a.End > clauseStart) break;
            if (a.IsPlaceOnly || a.Governor is not CueKind.None || source.Contains(a.Code)) continue;
            target.Add(a.Code);
            return "+condition-target";
        }

        return "";
    }

    private void Add(EventMention mention, int dateAnchor)
    {
        // Two triggers of one act in a clause give one event; acts dated by different times stay apart.
        foreach (var (earlier, anchor) in _added)
        {
            if (earlier.Start == mention.Start && anchor == dateAnchor && earlier.Type == mention.Type && earlier.Date == mention.Date &&
                earlier.Source.SequenceEqual(mention.Source) && earlier.Target.SequenceEqual(mention.Target)) return;
        }

        _added.Add((mention, dateAnchor));
        document.Events.Add(mention);
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value)) list.Add(value);
    }

    private void AddTemporalContext(List<string> context, string? date)
    {
        var dct = document.Dct?.Value;
        if (date is null || dct is null || date.Length < 4 || dct.Length < 4) return;
        if (!int.TryParse(date.AsSpan(0, 4), out int year) || !int.TryParse(dct.AsSpan(0, 4), out int dctYear)) return;
        if (year < dctYear - 1) AddOnce(context, "historical");
        else if (date.Length >= 10 && dct.Length >= 10 && string.CompareOrdinal(date, 0, dct, 0, 10) > 0) AddOnce(context, "future");
    }

    private bool CoordinatedAt(int i) => Coordinated(_roleActors[i], _roleActors[i + 1]);

    private bool Coordinated(ClauseActor left, ClauseActor right)
    {
        if (left.End > right.Start) return true;
        int from = document.TokenIndexAt(left.End), to = right.FirstToken;
        if (to - from > 4) return false;
        // Adjacent names of different actors are subject and object (warnte Biden Putin), not one phrase.
        if (to <= from) return left.Code == right.Code || document.Text.AsSpan(left.End, right.Start - left.End).StartsWith("-");
        for (int t = from; t < to; t++)
        {
            if (KindAt(t) == CueKind.And) return true;
        }

        // Only a hyphen or title words between: the same phrase (US-Präsident Joe Biden, CIA Director William Burns),
        // not a verb (Mali-Junta weist französischen Botschafter aus).
        if (LowerCaseWordBetween(from, to)) return false;
        return document.Text.AsSpan(left.End, right.Start - left.End).StartsWith("-") || (to - from <= 2 && OnlyWordsBetween(from, to));
    }

    private bool OnlyWordsBetween(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (document.Tokens[t].Kind != TokenKind.Word) return false;
        }

        return true;
    }

    private bool LowerCaseWordBetween(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            var token = document.Tokens[t];
            if (token.Kind == TokenKind.Word && char.IsLower(document.Text[token.Start])) return true;
        }

        return false;
    }

    private QuoteMention? QuoteAround(int offset)
    {
        foreach (var quote in document.Quotes)
        {
            if (quote.Start <= offset && offset < quote.End) return quote;
        }

        return null;
    }

    private string? SpeakerCode(QuoteMention quote)
    {
        if (quote.Speaker is null) return null;
        foreach (var entity in document.Entities)
        {
            if (entity.Id == quote.Speaker && entity.ActorCode is not null) return entity.ActorCode;
        }

        foreach (var reference in document.ActorReferences)
        {
            if (reference.EntityId == quote.Speaker && reference.ActorCode is not null) return reference.ActorCode;
        }

        return quote.Speaker;
    }

    /// <summary>
    /// Whether a noun trigger follows a determiner or preposition (with at most two adjectives between) in its clause:
    /// nach dem Gespräch, the talks, während ihres Telefonats, but not ein Treffen.
    /// </summary>
    private bool RefersBack(int trigger, int first)
    {
        for (int t = trigger - 1; t >= first && t >= trigger - 3; t--)
        {
            var token = document.Tokens[t];
            if (token.Kind != TokenKind.Word) return false;
            if (IsAt(t, WordClass.Indefinite)) return false;
            if (IsAt(t, WordClass.Determiner | WordClass.Preposition)) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the noun phrase of a noun trigger names actors: one inside its compound (Biden-Putin-Gipfel), right
    /// before it (russische Manöver), or shortly after it but not as agent or place (Gespräch mit Putin, talks of
    /// the two presidents).
    /// </summary>
    private bool NamesOwnActors(List<ClauseActor> actors, int trigger)
    {
        var tokens = document.Tokens;
        int triggerStart = tokens[trigger].Start, triggerEnd = tokens[trigger].End;
        // One state inside the compound is its topic (die Ukraine-Verhandlungen), two are its sides (Biden-Putin-Gipfel).
        if (CompoundParticipants(actors, trigger) is not null) return true;
        foreach (var a in actors)
        {
            if (a.Start < triggerEnd && triggerStart < a.End) continue;
            if (a.End <= triggerStart)
            {
                // Right before it, or with one adjective between (russische Manöver), not an article (Belgrad die Vereinbarung).
                int after = document.TokenIndexAt(a.End - 1) + 1;
                if (after == trigger) return true;
                if (after + 1 == trigger && !IsAt(after, WordClass.Determiner | WordClass.Preposition)) return true;
                continue;
            }

            if (a.FirstToken > trigger + NounPhraseReach) break;
            if (a.Governor is CueKind.Agent or CueKind.Location) continue;
            // The noun phrase goes on only through a genitive or a partner preposition (der Präsidenten, mit Putin).
            return a.FirstToken == trigger + 1 || trigger + 1 < tokens.Count &&
                KindAt(trigger + 1) is CueKind.Genitive or CueKind.Target or CueKind.Between;
        }

        return false;
    }

    /// <summary>
    /// The date of an act from its own clause: the nearest date or time to the trigger, skipping start points
    /// (seit Juli 2019) and references (jüngst); a noun takes the date in its own phrase after it (der Rat am 12. Januar
    /// und ein Dialog am 13. Januar). A day without year takes the year nearest the document date.
    /// <paramref name="dated"/> is true when the clause names a day or time at all, even one that cannot be resolved
    /// (am Montag without a document date): then no date of another clause applies.
    /// </summary>
    private string? ClauseDate(int start, int end, int trigger, bool nominal, out bool dated, out int anchor)
    {
        int near = document.Tokens[trigger].Start, triggerEnd = document.Tokens[trigger].End;
        TimexMention? nearest = null, following = null;
        int nearestDistance = int.MaxValue;
        foreach (var timex in document.Timexes)
        {
            if (timex.Start < start || timex.End > end || !IsActDate(timex)) continue;
            if (timex.Value.StartsWith("XXXX-XX-XX", StringComparison.Ordinal)) continue;
            int distance = Math.Abs(timex.Start - near);
            if (distance < nearestDistance) { nearest = timex; nearestDistance = distance; }
            if (following is null && timex.Start >= triggerEnd) following = timex;
        }

        if (nominal && following is not null && following != nearest && !CoordinationBetween(triggerEnd, following.Start)) nearest = following;
        dated = nearest is not null;
        anchor = nearest?.Start ?? -1;
        if (nearest is null) return null;
        var value = WithYear(nearest.Value);
        return char.IsAsciiDigit(value[0]) || IsDayWithoutYear(value) ? value : null;
    }

    /// <summary>Whether a coordinating word outside names stands between two offsets (a second noun phrase begins).</summary>
    private bool CoordinationBetween(int from, int to)
    {
        for (int t = document.TokenIndexAt(from); t >= 0 && t < document.Tokens.Count && document.Tokens[t].Start < to; t++)
        {
            var token = document.Tokens[t];
            if (token.Start < from || token.Kind != TokenKind.Word || KindAt(t) != CueKind.And) continue;
            if (!InsideName(token.Start)) return true;
        }

        return false;
    }

    private bool InsideName(int offset)
    {
        foreach (var e in document.Entities)
        {
            if (e.Start <= offset && offset < e.End) return true;
        }

        return false;
    }

    /// <summary>
    /// A personal pronoun of one person (er, he, she) standing as the clause's subject: before the trigger or right
    /// after it (warnte er), with no ungoverned actor before it in the clause. -1 if none.
    /// </summary>
    private static int PersonPronounSubject(int pronoun, List<ClauseActor> actors)
    {
        foreach (var a in actors)
        {
            if (a.FirstToken < pronoun && a.Governor is CueKind.None) return -1;
        }

        return pronoun;
    }

    /// <summary>
    /// The actor a person pronoun stands for: the last named person with an actor code earlier in its sentence, else
    /// the subject-like (first ungoverned) person of one of the two sentences before, else the last person there.
    /// </summary>
    private string? PronounAntecedent(Sentence sentence, int pronoun)
    {
        int pronounStart = document.Tokens[pronoun].Start;
        string? last = null;
        foreach (var e in document.Entities)
        {
            if (e.Start >= pronounStart) break;
            if (e.Start >= sentence.Start && e.Type == "PER" && e.ActorCode is not null) last = e.ActorCode;
        }

        if (last is not null) return last;
        int index = document.SentenceIndexAt(sentence.Start);
        for (int i = index - 1; i >= 0 && i >= index - 2; i--)
        {
            var earlier = document.Sentences[i];
            string? firstSubject = null;
            last = null;
            foreach (var e in document.Entities)
            {
                if (e.Start >= earlier.End) break;
                if (e.Start < earlier.Start || e.Type != "PER" || e.ActorCode is null) continue;
                last = e.ActorCode;
                if (firstSubject is null && GovernorOf(document.TokenIndexAt(e.Start), earlier.FirstToken) == CueKind.None) firstSubject = e.ActorCode;
            }

            var found = firstSubject ?? last;
            if (found is not null) return found;
        }

        return null;
    }

    /// <summary>
    /// Whether the trigger stands in an infinitive clause: the marker right before it, before the clause's last word
    /// (Sanktionen zu verhängen) or opening the clause (to impose sanctions).
    /// </summary>
    private bool IsInfinitiveClause(int first, int end, int trigger)
    {
        var tokens = document.Tokens;
        if (trigger > first && IsAt(trigger - 1, WordClass.Infinitive)) return true;
        if (IsAt(first, WordClass.Infinitive)) return true;
        int last = end - 1;
        while (last > first && tokens[last].Kind != TokenKind.Word) last--;
        return last > first && IsAt(last - 1, WordClass.Infinitive);
    }

    /// <summary>The codes of two or more actors named inside a compound noun trigger (Biden-Putin-Gipfel), else null.</summary>
    private List<string>? CompoundParticipants(List<ClauseActor> actors, int trigger)
    {
        var token = document.Tokens[trigger];
        List<string>? named = null;
        foreach (var a in actors)
        {
            if (a.Start < token.Start || a.End > token.End) continue;
            named ??= [];
            if (!named.Contains(a.Code)) named.Add(a.Code);
        }

        return named is { Count: >= 2 } ? named : null;
    }

    /// <summary>Whether an actor right after a noun trigger is its target (Invasion in die Ukraine, Angriff auf X, of Y).</summary>
    private static bool TargetInPhrase(List<ClauseActor> actors, int trigger, bool objectGenitive)
    {
        foreach (var a in actors)
        {
            if (a.FirstToken <= trigger || a.FirstToken > trigger + NounPhraseReach) continue;
            if (a.Governor is CueKind.Target || (objectGenitive && a.Governor is CueKind.Genitive or CueKind.None)) return true;
        }

        return false;
    }

    private static bool ActorBetween(List<ClauseActor> actors, int from, int to)
    {
        foreach (var a in actors)
        {
            if (a.FirstToken > from && a.FirstToken < to) return true;
        }

        return false;
    }

    /// <summary>Whether a passive auxiliary follows the trigger as the clause's last word (unterstützt wird).</summary>
    private bool EndsInPassive(int trigger, int end)
    {
        var tokens = document.Tokens;
        int next = trigger + 1;
        if (next >= end || tokens[next].Kind != TokenKind.Word || !IsAt(next, WordClass.Passive)) return false;
        for (int t = next + 1; t < end; t++)
        {
            if (tokens[t].Kind == TokenKind.Word) return false;
        }

        return true;
    }

    /// <summary>Whether the span names a day that stays unresolved (XXXX-WXX-3: a weekday without a document day).</summary>
    private bool NamesUnresolvedDay(int start, int end)
    {
        foreach (var timex in document.Timexes)
        {
            if (timex.Start < start || timex.End > end || !IsActDate(timex)) continue;
            var value = timex.Value;
            if (value.StartsWith("XXXX-W", StringComparison.Ordinal) && !value.StartsWith("XXXX-WXX-XX", StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>Whether a timex can date an act: a DATE or TIME with a calendar value, not after "seit"/"since".</summary>
    private bool IsActDate(TimexMention timex)
    {
        if (timex.Type is not ("DATE" or "TIME") || timex.Value.Length == 0) return false;
        if (!char.IsAsciiDigit(timex.Value[0]) && !timex.Value.StartsWith("XXXX", StringComparison.Ordinal)) return false;
        int first = document.TokenIndexAt(timex.Start);
        if (first >= 0 && first < document.Tokens.Count && IsAt(first, WordClass.Since)) return false;
        return first <= 0 || !IsAt(first - 1, WordClass.Since);
    }

    /// <summary>A day without year (XXXX-12-07) in the year that puts it nearest the document date.</summary>
    private string WithYear(string value)
    {
        if (!IsDayWithoutYear(value)) return value;
        if (!_dctParsed)
        {
            _dct = ParseDct(document.Dct?.Value);
            _dctParsed = true;
        }

        if (_dct is not { } dct) return value;
        int month = (value[5] - '0') * 10 + (value[6] - '0'), day = (value[8] - '0') * 10 + (value[9] - '0');
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month)) return value;
        var reference = new DateOnly(dct.Year, dct.Month, dct.Day);
        int bestYear = dct.Year, bestGap = int.MaxValue;
        for (int year = dct.Year - 1; year <= dct.Year + 1; year++)
        {
            if (day > DateTime.DaysInMonth(year, month)) continue;
            int gap = Math.Abs(new DateOnly(year, month, day).DayNumber - reference.DayNumber);
            if (gap < bestGap) { bestGap = gap; bestYear = year; }
        }

        return string.Concat(bestYear.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), value.AsSpan(4));
    }

    /// <summary>The document date as year, month and day (the middle of the month when only the month is known).</summary>
    private static (int Year, int Month, int Day)? ParseDct(string? value)
    {
        if (value is null || value.Length < 7 || value[4] != '-') return null;
        if (!int.TryParse(value.AsSpan(0, 4), out int year) || !int.TryParse(value.AsSpan(5, 2), out int month)) return null;
        if (year is < 1 or > 9998 || month is < 1 or > 12) return null;
        int day = 15;
        if (value.Length >= 10 && value[7] == '-' && int.TryParse(value.AsSpan(8, 2), out int d) && d >= 1 && d <= DateTime.DaysInMonth(year, month)) day = d;
        return (year, month, day);
    }

    /// <summary>
    /// The date of the latest act of the same category told earlier in the document with the same participants (at
    /// least two shared, or the only one): a later mention that names no time repeats it.
    /// </summary>
    private string? EarlierMentionDate(string category, List<string> source, List<string> target)
    {
        int count = source.Count + target.Count;
        if (count == 0) return null;
        if (_stated is null) return null;
        for (int i = _stated.Count - 1; i >= 0; i--)
        {
            var act = _stated[i];
            if (act.Category != category) continue;
            int shared = 0;
            foreach (var code in act.Participants)
            {
                if (source.Contains(code) || target.Contains(code)) shared++;
            }

            if (shared >= Math.Min(2, count) && shared >= Math.Min(2, act.Participants.Length)) return act.Date;
        }

        return null;
    }

    private string? DateIn(int start, int end, int near, int minimumLength = 0)
    {
        string? best = null, partial = null;
        int bestDistance = int.MaxValue, partialDistance = int.MaxValue;
        foreach (var timex in document.Timexes)
        {
            if (timex.Start < start || timex.End > end) continue;
            if (!IsActDate(timex) || timex.Value.Length < minimumLength) continue;
            int distance = Math.Abs(timex.Start - near);
            var value = WithYear(timex.Value);
            if (char.IsAsciiDigit(value[0]))
            {
                if (distance < bestDistance) { best = value; bestDistance = distance; }
            }
            else if (IsDayWithoutYear(value) && distance < partialDistance)
            {
                partial = value;
                partialDistance = distance;
            }
        }

        // A day whose year the text does not give (XXXX-12-07) still dates the act, for merging reports of it.
        return best ?? partial;
    }

    private static bool IsDayWithoutYear(string value) =>
        value.Length >= 10 && value.StartsWith("XXXX-", StringComparison.Ordinal) &&
        char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[6]) && value[7] == '-' && char.IsAsciiDigit(value[8]) && char.IsAsciiDigit(value[9]);

    /// <summary>The last date named earlier in the sentence's paragraph: the narrative time still in force.</summary>
    private string? EarlierDateInParagraph(Sentence sentence)
    {
        int index = document.SentenceIndexAt(sentence.Start);
        int paragraphStart = sentence.Start;
        for (int i = index - 1; i >= 0 && document.Sentences[i].Paragraph == sentence.Paragraph; i--)
        {
            paragraphStart = document.Sentences[i].Start;
        }

        return paragraphStart < sentence.Start ? DateIn(paragraphStart, sentence.Start, sentence.Start, MonthPrecision) : null;
    }

    /// <summary>
    /// The story date for a reported act that names no time of its own and is not planned: the document date when it
    /// names a day, else the first day-precise date in the text inside the document date's period.
    /// </summary>
    private string? DocumentDate(List<string> context)
    {
        // A negated act (no agreement was announced) still belongs to the story's day; a planned or conditional one does not.
        foreach (var c in context) if (c != "negation") return null;
        var value = document.Dct?.Value;
        if (value is null) return null;
        if (value.Length >= 10) return value;
        foreach (var timex in document.Timexes)
        {
            if (timex.Type is "DATE" or "TIME" && timex.Value.Length >= 10 && timex.Value.StartsWith(value, StringComparison.Ordinal))
            {
                return timex.Value[..10];
            }
        }

        return null;
    }

    /// <summary>The actors of a sentence in text order, written into <paramref name="actors"/> (emptied first).</summary>
    private List<ClauseActor> ActorsOf(Sentence sentence, List<ClauseActor> actors)
    {
        var found = _found;
        found.Clear();
        var entities = document.Entities;
        bool inOrder = EntitiesInTextOrder();
        bool relays = QuotesNameRelays();
        for (int i = inOrder ? FirstEntityFrom(sentence.Start) : 0; i < entities.Count; i++)
        {
            var e = entities[i];
            // In text order no later entity can lie inside the sentence.
            if (inOrder && e.Start > sentence.End) break;
            if (e.Start < sentence.Start || e.End > sentence.End) continue;
            string? code = e.ActorCode ?? e.Id;
            if (code is null || (relays && IsRelay(code))) continue;
            // A city or region that does not stand for a state's government is a place, never an actor.
            // A group of states named like a region (die baltischen Staaten) acts through its sides.
            bool placeOnly = IsPlace(e) && scheme.SidesOf(code) is null;
            // A name without an actor code that is no place (a news agency, a party, a company) does not act; a joint
            // body acts through its sides.
            if (e.Type is "MISC" or "ORG" && e.ActorCode is null && scheme.SidesOf(code) is null) continue;
            string? place = e.Type is "GPE" or "LOC" ? e.Id : null;
            found.Add((e.Start, e.End, code, place, placeOnly));
        }

        foreach (var r in document.ActorReferences)
        {
            if (r.Start < sentence.Start || r.End > sentence.End || r.ActorCode is null) continue;
            if (Overlaps(found, r.Start, r.End)) continue;
            found.Add((r.Start, r.End, r.ActorCode, null, false));
        }

        if (!StartsAscending(found)) found.Sort((a, b) => a.Start.CompareTo(b.Start));
        actors.Clear();
        foreach (var f in found)
        {
            int firstToken = document.TokenIndexAt(f.Start);
            var governor = GovernorOf(firstToken, sentence.FirstToken);
            var sides = f.PlaceOnly ? null : scheme.SidesOf(f.Code);
            if (sides is null)
            {
                actors.Add(new ClauseActor(f.Start, f.End, firstToken, f.Code, f.PlaceId, f.PlaceOnly, governor));
                continue;
            }

            // A joint body acts as its sides: overlapping spans, so role assignment keeps them one group.
            foreach (var side in sides) actors.Add(new ClauseActor(f.Start, f.End, firstToken, side, null, false, governor));
        }

        return actors;
    }

    /// <summary>Whether no two mentions start at one offset and each starts after the one before: then they are in order.</summary>
    private static bool StartsAscending(List<(int Start, int End, string Code, string? PlaceId, bool PlaceOnly)> found)
    {
        for (int i = 1; i < found.Count; i++)
        {
            if (found[i].Start <= found[i - 1].Start) return false;
        }

        return true;
    }

    /// <summary>
    /// Whether the entities are sorted by start and none ends before it starts (as the entity stage leaves them):
    /// then those of a sentence are found from its start on. Checked once per document, with the longest entity.
    /// </summary>
    private bool EntitiesInTextOrder()
    {
        if (_entitiesInOrder is { } known) return known;
        var entities = document.Entities;
        bool inOrder = true;
        for (int i = 0; i < entities.Count && inOrder; i++)
        {
            inOrder = entities[i].End >= entities[i].Start && (i == 0 || entities[i].Start >= entities[i - 1].Start);
            _longestEntity = Math.Max(_longestEntity, entities[i].End - entities[i].Start);
        }

        _entitiesInOrder = inOrder;
        return inOrder;
    }

    /// <summary>The index of the first entity starting at or after <paramref name="offset"/> (entities in text order).</summary>
    private int FirstEntityFrom(int offset) => StartOrder.FirstAtOrAfter(document.Entities, offset, static m => m.Start);

    /// <summary>Whether any quote of the document is relayed by an outlet (checked once per document).</summary>
    private bool QuotesNameRelays()
    {
        if (_quotesNameRelays is { } known) return known;
        bool relays = false;
        foreach (var quote in document.Quotes) relays |= quote.Via is not null;
        _quotesNameRelays = relays;
        return relays;
    }

    private bool OnlyGenitiveCues(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (KindAt(t) != CueKind.Genitive) return false;
        }

        return from < to;
    }

    /// <summary>A region, or a city that does not stand for a state's government: a place, not an actor.</summary>
    private static bool IsPlace(EntityMention e) => e.Type == "LOC" || (e.Type == "GPE" && e.ActorCode is null);

    private static bool Overlaps(List<(int Start, int End, string Code, string? PlaceId, bool PlaceOnly)> found, int start, int end)
    {
        foreach (var f in found)
        {
            if (f.Start < end && start < f.End) return true;
        }

        return false;
    }

    /// <summary>Whether a noun follows a preposition directly or behind an article (im Falle, in dem Fall).</summary>
    private bool InPrepositionalPhrase(int noun, int sentenceStart)
    {
        if (noun - 1 < sentenceStart) return false;
        if (IsAt(noun - 1, WordClass.Preposition)) return true;
        return noun - 2 >= sentenceStart && IsAt(noun - 1, WordClass.Determiner) && IsAt(noun - 2, WordClass.Preposition);
    }

    private CueKind GovernorOf(int firstToken, int sentenceStart)
    {
        for (int t = firstToken - 1; t >= sentenceStart && t >= firstToken - GovernorLookBack; t--)
        {
            var token = document.Tokens[t];
            if (token.Kind == TokenKind.Punctuation) return CueKind.None;
            // "on Thursday after Israel rejected …": a subordinating word opens the actor's own clause.
            if (t == firstToken - 1 && IsAt(t, WordClass.Subordinator)) return CueKind.None;
            var text = document.Slice(token);
            var kind = _kinds[t];
            switch (kind)
            {
                // "in die Ukraine", "into Ukraine": a direction is where an act goes, its target.
                case CueKind.Location when t + 1 < firstToken && IsAt(t + 1, WordClass.Direction):
                    return CueKind.Target;
                // "die Regierung in Kiew", "the junta in Mali": the state of a government named by its seat acts.
                case CueKind.Location when t - 1 >= sentenceStart && IsAt(t - 1, WordClass.Government):
                    return CueKind.None;
                case CueKind.Target or CueKind.Agent or CueKind.Between or CueKind.Location: return kind;
                // "an ally of Serbia": a genitive preposition attaches the actor to a noun; it is no subject.
                // Only right before the actor or its article: "Secretary of State Antony Blinken" is a title.
                case CueKind.Genitive when IsAt(t, WordClass.Preposition) &&
                    (t == firstToken - 1 || (t == firstToken - 2 && IsAt(t + 1, WordClass.Determiner))):
                    return kind;
                case CueKind.And: return CueKind.None;
            }

            // A German noun between the preposition and the actor is what the preposition governs (im Falle einer
            // russischen Aggression); a title right before the name is not (mit US-Präsident Biden).
            // When that noun heads a prepositional phrase and a genitive article follows it (im Falle einer russischen ...,
            // but not am Mittwoch der Rat),
            // the actor belongs to the phrase: attached like a genitive, no subject.
            if (lexicon.NounsCapitalized && t < firstToken - 1 && token.Kind == TokenKind.Word && char.IsUpper(text[0]))
            {
                if (InPrepositionalPhrase(t, sentenceStart) && IsAt(t + 1, WordClass.GenitiveArticle)) return CueKind.Genitive;
                // "ein Treffen der OSZE": the actor after a new noun and its genitive article belongs to that noun.
                return t > sentenceStart && IsAt(t - 1, WordClass.Indefinite) && OnlyGenitiveCues(t + 1, firstToken)
                    ? CueKind.Genitive : CueKind.None;
            }
        }

        return CueKind.None;
    }
}
