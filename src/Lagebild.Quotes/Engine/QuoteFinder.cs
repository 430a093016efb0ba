using Lagebild.Core.Model;
using Lagebild.Quotes.Lexicon;

namespace Lagebild.Quotes.Engine;

/// <summary>
/// Runs the quote rules over one document, sentence by sentence: direct quotations and their attribution,
/// reported clauses around speech cues, and Konjunktiv sentences that continue a credited statement.
/// One instance per document; it holds only that document's state.
/// </summary>
public sealed class QuoteFinder
{
    private const int PostposedPriority = 3;
    private const int PreposedPriority = 2;
    private const int SourcePriority = 2;
    private const int ContinuationPriority = 1;

    private readonly DocumentView _v;
    private readonly SpeakerResolver _speakers;
    private readonly List<Found> _found = [];
    private readonly Attribution?[] _anchors;
    private readonly bool _hasMood;

    public QuoteFinder(DocumentView view)
    {
        _v = view;
        _speakers = new SpeakerResolver(view, LastSpeakerBefore);
        _anchors = new Attribution?[view.Document.Sentences.Count];
        _hasMood = view.Lexicon.HasReportingMood;
    }

    private sealed record Found(int StartToken, int EndToken, string Kind, SpeakerPick Speaker, string? Cue, string Rule, int Priority, int Sentence)
    {
        public int Start { get; init; }

        public int End { get; init; }
    }

    private sealed record Attribution(SpeakerPick Speaker, string? Cue);

    public List<QuoteMention> Run()
    {
        var sentences = _v.Document.Sentences;
        int pair = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            int before = _found.Count;
            while (pair < _v.Pairs.Count && _v.SentenceOf(_v.Pairs[pair].Close) <= s)
            {
                if (_v.SentenceOf(_v.Pairs[pair].Close) == s) Direct(_v.Pairs[pair], s);
                pair++;
            }

            Attribution? cueOnly = Cues(s);
            Continuation(s);
            _anchors[s] = _found.Count > before
                ? LastIn(before)
                : cueOnly ?? (_found.Count > before ? LastIn(before) : null);
        }

        return Output();
    }

    private Attribution? LastIn(int from)
    {
        Found? last = null;
        for (int i = from; i < _found.Count; i++)
        {
            bool loses = false;
            for (int j = from; j < _found.Count && !loses; j++)
            {
                loses = j != i && Clash(_found[i], _found[j]) && !Wins(_found[i], _found[j]);
            }

            if (!loses && (last is null || _found[i].Start >= last.Start)) last = _found[i];
        }

        return last is null || last.Speaker.Speaker is null && last.Speaker.Text is null && last.Cue is null ? null : new Attribution(last.Speaker, last.Cue);
    }

    private string? LastSpeakerBefore(int offset)
    {
        Found? last = null;
        foreach (var f in _found)
        {
            if (f.Speaker.Speaker is not null && f.Start < offset && (last is null || f.Start > last.Start)) last = f;
        }

        return last?.Speaker.Speaker;
    }

    // ---- direct quotations ----

    private void Direct(QuotePair pair, int sentence)
    {
        int open = pair.Open, close = pair.Close;
        int words = 0;
        for (int t = open + 1; t < close; t++) if (_v.IsWord(t)) words++;
        if (words == 0) return;

        if (DirectAfter(pair, sentence, words)) return;
        if (DirectBefore(pair, words)) return;
        DirectFromContext(pair, words);
    }

    private bool DirectAfter(QuotePair pair, int sentence, int words)
    {
        int j = pair.Close + 1;
        bool comma = _v.IsChar(j, ',');
        if (comma) j++;
        else comma = _v.IsChar(pair.Close - 1, ',') || _v.IsChar(pair.Close - 1, '?') || _v.IsChar(pair.Close - 1, '!'); // English `"…," he said`
        if (j >= _v.Tokens.Count || (_v.SentenceOf(j) != sentence && !comma)) return false;
        int end = ClauseEndFrom(j);
        var cue = AttributionCue(j, end);
        if (cue is not { } hit) return false;

        var speaker = hit.Pattern.Kind == CueKind.Trailer
            ? _speakers.First(hit.End + 1, Math.Min(end, hit.End + 7))
            : _speakers.First(j, end);
        if (hit.Pattern.Kind == CueKind.Trailer && speaker.Speaker is null && speaker.Text is null) return false;
        if (!comma && hit.Pattern.Kind == CueKind.Verb)
        {
            // `als „konstruktiv“ bezeichnet`: a verb-final clause, the subject stands before the quotation,
            // unless a cue before the quotation credits it (`von Putin genannte „rote Linien“ angegeben`)
            if (DirectBefore(pair, words, fragmentsOnly: true)) return true;
            int openSentence = Math.Max(0, _v.SentenceOf(pair.Open));
            var subject = FragmentSpeaker(_v.SentenceTokens(openSentence).Start, pair.Open, hit.Token);
            if (subject.Speaker is not null || subject.Text is not null) speaker = subject with { Via = speaker.Via };
            AddDirect(pair, speaker, hit.Text, "direct.fragment", sentence);
            return true;
        }

        AddDirect(pair, speaker, hit.Text, "direct.after", sentence);
        return true;
    }

    /// <summary>A speech cue opening an attribution clause [from, end): the cue itself, or an auxiliary or `wie` before it.</summary>
    private CueHit? AttributionCue(int from, int end)
    {
        if (from >= end) return null;
        if (_v.CueAt(from) is { } first && IsAttributing(first)) return first;
        int limit = _hasMood && !_v.Is(from, WordClass.Auxiliary | WordClass.AttributionStart) ? from : Math.Min(end, from + 8);
        for (int t = from + 1; t < limit; t++)
        {
            if (_v.CueAt(t) is { } hit && hit.Pattern.Kind == CueKind.Verb && hit.Pattern.Role != CueRole.None) return hit;
        }

        return null;
    }

    private static bool IsAttributing(CueHit hit) =>
        hit.Pattern.Kind is CueKind.Verb or CueKind.Trailer or CueKind.Impersonal && hit.Pattern.Role != CueRole.None;

    private bool DirectBefore(QuotePair pair, int words, bool fragmentsOnly = false)
    {
        int open = pair.Open;
        int sentence = _v.SentenceOf(open);
        if (sentence < 0) return false;
        var (sStart, sEnd) = _v.SentenceTokens(sentence);

        // `X sagte: „…“`, `X sagte, „…“`, `spricht von einem „Genozid“`
        CueHit? found = null;
        bool sameClause = true;
        for (int t = open - 1; t >= sStart; t--)
        {
            if (_v.InsideQuote(t)) break;
            if (_v.IsClauseMark(t) && t != open - 1) sameClause = false;
            if (_v.CueAt(t) is { } hit && hit.Pattern.Kind is CueKind.Verb or CueKind.Noun && (sameClause || _v.IsClauseMark(open - 1)))
            {
                found = hit;
                break;
            }
        }

        bool introduced = _v.IsChar(open - 1, ':') || _v.IsChar(open - 1, ',');
        if (found is { } before && (introduced || (sameClause && open - before.End <= 8)) && !(fragmentsOnly && introduced))
        {
            var speaker = before.Pattern.Role == CueRole.Relay
                ? _speakers.Relayed(sStart, open, before.Token)
                : FragmentSpeaker(sStart, open, before.Token);
            AddDirect(pair, speaker, before.Text, introduced ? "direct.before" : "direct.fragment", sentence);
            return true;
        }

        if (fragmentsOnly) return false;

        // `stellte … ein Treffen in Aussicht, an dem „mindestens vier …“ teilnehmen`: a longer quotation in the
        // sentence of a speech verb
        if (words >= 3 && FirstVerbCue(sStart, open) is { } earlier)
        {
            AddDirect(pair, _speakers.Subject(sStart, open, earlier.Token), earlier.Text, "direct.sentence", sentence);
            return true;
        }

        // `als „konstruktiv“ bezeichnet`
        for (int t = pair.Close + 1; t < Math.Min(sEnd, pair.Close + 5); t++)
        {
            if (_v.IsClauseMark(t) || _v.IsQuoteMark(t)) break;
            if (_v.CueAt(t) is { } after && after.Pattern.Kind == CueKind.Verb)
            {
                AddDirect(pair, _speakers.Subject(sStart, open, after.Token), after.Text, "direct.fragment", sentence);
                return true;
            }
        }

        // `Peskow: „…“`
        if (_v.IsChar(open - 1, ':') && words >= 3)
        {
            var named = _speakers.In(sStart, open - 1).LastOrDefault(c => c.EndToken >= open - 1);
            if (named is not null)
            {
                AddDirect(pair, _speakers.Pick(named), null, "direct.colon", sentence);
                return true;
            }
        }

        return false;
    }

    /// <summary>The subject of a cue, or the agent right before it (<c>von Putin genannte „…“</c>).</summary>
    private SpeakerPick FragmentSpeaker(int from, int open, int cue)
    {
        var agent = _speakers.In(Math.Max(from, cue - 4), cue).LastOrDefault(c => c.EndToken == cue);
        if (agent is not null && _v.Is(agent.FirstToken - 1, WordClass.Agent)) return _speakers.Pick(agent);
        return _speakers.Subject(from, open, cue);
    }

    private CueHit? FirstVerbCue(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (_v.InsideQuote(t)) continue;
            if (_v.CueAt(t) is { Pattern.Kind: CueKind.Verb, Pattern.Role: not CueRole.None } hit) return hit;
        }

        return null;
    }

    private void DirectFromContext(QuotePair pair, int words)
    {
        if (words < 4) return;
        int sentence = _v.SentenceOf(pair.Open);
        if (sentence <= 0) return;
        var (sStart, _) = _v.SentenceTokens(sentence);
        if (pair.Open != sStart) return;
        if (_anchors[sentence - 1] is not { } anchor) return;
        AddDirect(pair, anchor.Speaker, null, "direct.context", _v.SentenceOf(pair.Close));
    }

    private void AddDirect(QuotePair pair, SpeakerPick speaker, string? cue, string rule, int sentence)
    {
        int start = _v.Tokens[pair.Open].End, end = _v.Tokens[pair.Close].Start;
        var text = _v.Text;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (start >= end) return;
        _found.Add(new Found(pair.Open + 1, pair.Close, QuoteKind.Direct, speaker, cue, rule, 0, sentence) { Start = start, End = end });
    }

    // ---- reported speech around cues ----

    private Attribution? Cues(int sentence)
    {
        var (sStart, sEnd) = _v.SentenceTokens(sentence);
        Attribution? cueOnly = null;
        for (int t = sStart; t < sEnd; t++)
        {
            if (_v.CueAt(t) is not { } hit || _v.InsideQuote(t)) continue;
            bool made = hit.Pattern.Kind switch
            {
                CueKind.Verb => Postposed(hit, sentence) || Preposed(hit, sentence),
                CueKind.Trailer or CueKind.Impersonal => Postposed(hit, sentence) || Preposed(hit, sentence),
                CueKind.SourceBefore => SourceBefore(hit, sentence),
                CueKind.SourceAfter => SourceAfter(hit, sentence),
                CueKind.Noun => NounClause(hit, sentence),
                _ => false,
            };

            if (!made && hit.Pattern.Kind == CueKind.Verb && hit.Pattern.Role is CueRole.Speech or CueRole.Stance)
            {
                cueOnly = new Attribution(_speakers.Subject(sStart, sEnd, t), hit.Text);
            }

            t = Math.Max(t, hit.LastToken);
        }

        return cueOnly;
    }

    /// <summary><c>[reported clause], sagte X.</c> / <c>…, so X.</c> / <c>…, habe X gewarnt.</c> / <c>…, X said.</c></summary>
    private bool Postposed(CueHit hit, int sentence)
    {
        var (sStart, sEnd) = _v.SentenceTokens(sentence);
        int t = hit.Token;
        int p = t - 1;
        while (p > sStart && !_v.IsClauseMark(p) && !_v.IsQuoteMark(p)) p--;
        if (p <= sStart || !_v.IsChar(p, ',')) return false;
        int first = p + 1;
        bool opens = first == t
            || _v.Is(first, WordClass.Auxiliary | WordClass.AttributionStart) && hit.Pattern.Kind == CueKind.Verb
            || !_hasMood && t - first <= 8;
        if (!opens) return false;
        // `…, days after X said the island would …`, `…, which Beijing said it opposed`: a cue inside a subordinate
        // clause reports what follows it, not the clause before the comma.
        for (int w = first; w < t; w++)
        {
            if (_v.Is(w, WordClass.Subordinator)) return false;
        }

        // `X, a spokesman, told reporters that …`: the reported clause follows the cue.
        if (_v.Is(hit.LastToken + 1, WordClass.Complementizer) || _v.Is(hit.LastToken + 2, WordClass.Complementizer)) return false;

        // `…, so der Minister` / `…, so Kallas`, never `…, so dass …`
        if (hit.Pattern.Kind == CueKind.Trailer && !(_v.IsCapitalized(hit.End + 1) || _v.Is(hit.End + 1, WordClass.Definite | WordClass.Indefinite))) return false;
        int aEnd = ClauseEndFrom(first);
        var speaker = SpeakerOfAttribution(hit, first, aEnd);
        if (hit.Pattern.Kind != CueKind.Impersonal && speaker.Speaker is null && speaker.Text is null)
        {
            // `…, argumentiert der Rat.` with a speaker the entities stage did not find: keep the report, name the words
            if (hit.Pattern.Kind != CueKind.Verb || first != t || !NamesSomeone(hit.End + 1)) return false;
            speaker = new SpeakerPick(null, PhraseText(hit.End + 1, aEnd), null);
        }

        // `…, so der Beamte weiter, dass …`: the reported clause follows the attribution
        if (_v.IsChar(aEnd, ',') && _v.Is(aEnd + 1, WordClass.Complementizer))
        {
            int end = ReportedEnd(aEnd + 1, sEnd);
            return AddIndirect(aEnd + 1, end, speaker, hit, "indirect.after-insert", PostposedPriority, sentence);
        }

        int start = ReportedStart(sStart, p);
        if (start >= p) return false;
        if (IsWholeQuotation(start, p)) return false; // the direct rule credits it
        if (_hasMood && hit.Pattern.Role == CueRole.Stance && !LooksReported(start, p)) return false;
        return AddIndirect(start, p, speaker, hit, "indirect.after", PostposedPriority, sentence);
    }

    /// <summary><c>X sagte, [reported clause]</c> / <c>X erklärte, dass …</c> / <c>X said (that) …</c></summary>
    private bool Preposed(CueHit hit, int sentence)
    {
        var (sStart, sEnd) = _v.SentenceTokens(sentence);
        int k = -1;
        for (int t = hit.End + 1; t < Math.Min(sEnd, hit.End + 13); t++)
        {
            if (_v.IsQuoteMark(t)) break;
            if (_v.IsClauseMark(t))
            {
                k = t;
                break;
            }

            if (!_hasMood && _v.Is(t, WordClass.Complementizer) && t <= hit.End + 6)
            {
                k = t - 1;
                break;
            }
        }

        int start;
        if (k >= 0)
        {
            if (_v.IsChar(k, ':') && _v.IsQuoteMark(k + 1)) return false;
            if (_v.IsChar(k, ';')) return false;
            start = k + 1;
        }
        else if (!_hasMood && hit.Pattern.Role == CueRole.Speech && !AfterQuotation(hit.Token) && OpensBareClause(hit.End + 1))
        {
            k = hit.End;
            start = hit.End + 1;
        }
        else
        {
            return false;
        }

        if (start >= sEnd) return false;
        int end = ReportedEnd(start, sEnd);
        if (end <= start || IsWholeQuotation(start, end)) return false;

        // `China urged restraint, a spokeswoman said`: words after a later comma that credit themselves are no report
        if (!_hasMood && k > hit.End && HasVerbCue(start, end)) return false;
        if (_hasMood && !LooksReported(start, end, complementizerSuffices: hit.Pattern.Role != CueRole.Stance)
            && !(hit.Pattern.Role == CueRole.Speech && OpensMainClause(start))) return false;

        var speaker = hit.Pattern.Kind == CueKind.Impersonal
            ? _speakers.Subject(sStart, hit.Token, hit.Token)
            : hit.Pattern.Role == CueRole.Relay
                ? _speakers.Relayed(sStart, k, hit.Token)
                : _speakers.Subject(SubjectFrom(sStart, hit.Token), k, hit.Token);
        return AddIndirect(start, end, speaker, hit, "indirect.before", PreposedPriority, sentence);
    }

    /// <summary>
    /// Where the subject of a cue is looked for: after the last subordinating word before it when a speaker opens the
    /// clause it starts (<c>China drilled, days after Lai said …</c>, <c>which Beijing said …</c>; not <c>um bei ihrem
    /// Kollegen X darauf zu dringen</c>), else from the sentence start.
    /// </summary>
    private int SubjectFrom(int sStart, int cue)
    {
        for (int w = cue - 1; w > sStart; w--)
        {
            if (!_v.Is(w, WordClass.Subordinator)) continue;
            var candidates = _speakers.In(w + 1, cue);
            return candidates.Count > 0 && candidates[0].FirstToken <= w + 3 ? w + 1 : sStart;
        }

        return sStart;
    }

    /// <summary>
    /// After a speech verb and a comma, a clause that is neither subordinate (<c>als</c>, <c>weil</c>) nor
    /// relative (<c>der in Kiew war</c>): the reported words of <c>sagte, die Lage bleibt ernst</c>.
    /// </summary>
    private bool OpensMainClause(int t)
    {
        if (!_v.IsWord(t) || _v.Is(t, WordClass.Subordinator | WordClass.Break | WordClass.AttributionStart | WordClass.Complementizer)) return false;
        if (_v.CueAt(t) is not null) return false;
        if (_v.Is(t, WordClass.Definite) && !_v.IsCapitalized(t + 1)) return false;
        return true;
    }

    /// <summary>`"…," said X`: the cue follows a quotation (perhaps after a comma), so X is its speaker, not a report.</summary>
    private bool AfterQuotation(int cue)
    {
        int before = _v.IsChar(cue - 1, ',') ? cue - 2 : cue - 1;
        return _v.IsQuoteMark(before) || _v.IsQuoteMark(cue - 1);
    }

    private bool OpensBareClause(int t) =>
        _v.IsWord(t) && (_v.IsCapitalized(t) || _v.Is(t, WordClass.Definite | WordClass.Indefinite | WordClass.Pronoun | WordClass.Opener))
        && _v.CueAt(t) is null;

    /// <summary><c>Laut X [reported clause]</c>, <c>[clause], laut X.</c>, <c>according to X, …</c></summary>
    private bool SourceBefore(CueHit hit, int sentence)
    {
        var (sStart, sEnd) = _v.SentenceTokens(sentence);
        // `laut einem Bericht der „New York Times“`, `according to a statement by the ministry`: a noun of report
        // between the cue and the source lets the source stand further off.
        int reach = 4;
        for (int t = hit.LastToken + 1; t < Math.Min(sEnd, hit.LastToken + 4); t++)
        {
            if (_v.Is(t, WordClass.SourceNoun)) reach = t - hit.LastToken + 4;
        }

        var candidate = _speakers.In(hit.LastToken + 1, Math.Min(sEnd, hit.LastToken + reach)).FirstOrDefault();
        for (int t = hit.LastToken + 1; candidate is not null && t < candidate.FirstToken; t++)
        {
            bool between = _v.IsWord(t) ? !_v.IsCapitalized(t) || _v.Is(t, WordClass.SourceNoun) : _v.IsQuoteMark(t);
            if (!between) candidate = null; // the source is another, unrecognised name
        }

        if (candidate is null)
        {
            // `laut Herold erwartet …` with a name the entities stage did not find
            int name = hit.LastToken + 1;
            if (!_v.IsCapitalized(name) || _v.CueAt(name) is not null || _v.InsideQuote(name)) return false;
            int nameEnd = _v.WordGroupEnd(name);
            var words = Math.Min(_v.Tokens.Count, nameEnd);
            candidate = new SpeakerCandidate(_v.Tokens[name].Start, _v.Tokens[words - 1].End, name, nameEnd, null,
                CandidateSource.Entity, IsModifier: false, IsPerson: false, IsDefinite: false);
        }

        // `sagte Grushko laut TASS`: a relay of another attribution, taken up there as `via`
        for (int t = hit.Token - 1; t >= Math.Max(sStart, hit.Token - 5); t--)
        {
            if (_v.IsClauseMark(t)) break;
            if (_v.CueAt(t) is { Pattern.Kind: CueKind.Verb }) return false;
        }

        var source = _speakers.Pick(candidate);
        int npEnd = candidate.EndToken;
        foreach (var c in _v.Candidates)
        {
            if (c.Start >= candidate.End && c.FirstToken <= npEnd + 1 && candidate.IsModifier) npEnd = Math.Max(npEnd, c.EndToken);
            if (c.FirstToken > npEnd + 1) break;
        }

        if (_v.IsQuoteMark(npEnd) && _v.IsQuoteMark(candidate.FirstToken - 1)) npEnd++; // the title's closing mark

        // `according to Belarus' state news agency Belta`: a possessive carries the source on to its head noun
        if (_v.IsPossessiveMark(npEnd))
        {
            npEnd++;
            while (npEnd < sEnd && _v.IsWord(npEnd)) npEnd++;
        }

        int contentStart = _v.IsChar(npEnd, ',') ? npEnd + 1 : npEnd;
        int start, end;
        bool atClauseStart = hit.Token == sStart || _v.IsClauseMark(hit.Token - 1) || _v.IsQuoteMark(hit.Token - 1);
        if (contentStart >= sEnd || _v.IsSentenceFinal(contentStart))
        {
            start = sStart;
            end = _v.IsChar(hit.Token - 1, ',') ? hit.Token - 1 : hit.Token;
        }
        else if (atClauseStart)
        {
            start = contentStart;
            end = ReportedEnd(start, sEnd);
        }
        else
        {
            return false;
        }

        if (end <= start || IsWholeQuotation(start, end)) return false;
        return AddIndirect(start, end, Relayed(source, start, end), hit, "indirect.source", SourcePriority, sentence);
    }

    /// <summary>
    /// <c>laut Bloomberg erwartet Moskau …</c>: when the source is a relay, the subject of the report is the
    /// speaker and the relay its <c>via</c>.
    /// </summary>
    private SpeakerPick Relayed(SpeakerPick source, int start, int end)
    {
        if (!_v.Relays.Contains(source.Speaker)) return source;
        var subject = _speakers.In(start, Math.Min(end, start + 4)).FirstOrDefault();
        return subject is null ? source : _speakers.Pick(subject) with { Via = source.Speaker };
    }

    /// <summary><c>Dem Sprecher zufolge [reported clause]</c></summary>
    private bool SourceAfter(CueHit hit, int sentence)
    {
        var (sStart, sEnd) = _v.SentenceTokens(sentence);
        int clauseStart = hit.Token - 1;
        while (clauseStart > sStart && !_v.IsClauseMark(clauseStart - 1)) clauseStart--;
        var candidate = _speakers.In(clauseStart, hit.Token).LastOrDefault();
        if (candidate is null) return false;
        int start = _v.IsChar(hit.LastToken + 1, ',') ? hit.LastToken + 2 : hit.LastToken + 1;
        int end;
        if (start >= sEnd || _v.IsSentenceFinal(start))
        {
            start = sStart;
            end = _v.IsChar(clauseStart - 1, ',') ? clauseStart - 1 : clauseStart;
        }
        else
        {
            end = ReportedEnd(start, sEnd);
        }

        if (end <= start || IsWholeQuotation(start, end)) return false;
        return AddIndirect(start, end, Relayed(_speakers.Pick(candidate), start, end), hit, "indirect.source", SourcePriority, sentence);
    }

    /// <summary><c>X-Berichte, wonach …</c> / <c>eine Erklärung, dass …</c></summary>
    private bool NounClause(CueHit hit, int sentence)
    {
        var (_, sEnd) = _v.SentenceTokens(sentence);
        int comma = hit.LastToken + 1;
        if (!_v.IsChar(comma, ',') || !_v.Is(comma + 1, WordClass.Complementizer)) return false;
        var candidate = _speakers.In(Math.Max(0, hit.Token - 2), comma).LastOrDefault();
        int start = comma + 1, end = ReportedEnd(start, sEnd);
        if (end <= start) return false;
        var speaker = candidate is null ? SpeakerPick.Nobody : _speakers.Pick(candidate);
        return AddIndirect(start, end, speaker, hit, "indirect.noun", PostposedPriority, sentence);
    }

    /// <summary>A word that can open a noun phrase naming someone: an article or a capitalised word.</summary>
    private bool NamesSomeone(int t) =>
        _v.IsWord(t) && (_v.IsCapitalized(t) || _v.Is(t, WordClass.Definite | WordClass.Indefinite)) && !_v.Is(t, WordClass.Pronoun);

    /// <summary>The words from <paramref name="from"/> to the end of their noun phrase (at most four words).</summary>
    private string? PhraseText(int from, int end)
    {
        int last = from;
        while (last + 1 < end && last + 1 < from + 4 && _v.IsWord(last + 1)
               && (_v.IsCapitalized(last + 1) || _v.Is(last, WordClass.Definite | WordClass.Indefinite))) last++;
        if (!_v.IsWord(from)) return null;
        return _v.Text[_v.Tokens[from].Start.._v.Tokens[last].End];
    }

    private SpeakerPick SpeakerOfAttribution(CueHit hit, int from, int end)
    {
        if (hit.Pattern.Role == CueRole.Relay) return _speakers.Relayed(from, end, hit.Token);
        if (hit.Pattern.Kind == CueKind.Trailer) return _speakers.First(hit.End + 1, Math.Min(end, hit.End + 7));
        return _speakers.First(from, end);
    }

    // ---- continuation ----

    /// <summary>A Konjunktiv sentence with no cue of its own continues the statement credited in the sentence before.</summary>
    private void Continuation(int sentence)
    {
        if (!_hasMood || sentence == 0 || _anchors[sentence - 1] is not { } anchor) return;
        var sentences = _v.Document.Sentences;
        if (sentences[sentence].Paragraph != sentences[sentence - 1].Paragraph) return;
        var (sStart, sEnd) = _v.SentenceTokens(sentence);
        if (sStart >= sEnd || _v.IsQuoteMark(sStart) || _v.InsideQuote(sStart)) return;
        if (!ContinuesReport(sStart, sEnd)) return;
        AddIndirect(sStart, sEnd, anchor.Speaker, null, "indirect.continuation", ContinuationPriority, sentence, anchor.Cue);
    }

    /// <summary>
    /// A sentence in reported speech: a strong Konjunktiv in the finite (second) position, or anywhere when
    /// the sentence has no speech cue of its own.
    /// </summary>
    private bool ContinuesReport(int sStart, int sEnd)
    {
        bool cue = false, strong = false;
        for (int t = sStart; t < sEnd; t++)
        {
            if (_v.CueAt(t) is { Pattern.Kind: not CueKind.Noun } && !_v.InsideQuote(t)) cue = true;
            if (MoodAt(t) != MoodStrength.Strong) continue;
            if (t - sStart <= 4) return true;
            strong = true;
        }

        return strong && !cue;
    }

    // ---- clause geometry ----

    /// <summary>The end (exclusive token) of a clause starting at <paramref name="from"/>: the next clause mark or the sentence end.</summary>
    private int ClauseEndFrom(int from)
    {
        int sentence = _v.SentenceOf(from);
        int t = from;
        while (t < _v.Tokens.Count && _v.SentenceOf(t) == sentence && !_v.IsClauseMark(t) && !(_v.IsQuoteMark(t) && t > from)) t++;
        return t;
    }

    /// <summary>
    /// The end of a reported clause: the sentence end, a semicolon, or a comma before a clause that no longer
    /// belongs to the report (<c>, doch …</c>, <c>, wie X erklärte</c>, <c>, sagte X</c>).
    /// </summary>
    private int ReportedEnd(int start, int sEnd)
    {
        for (int t = start; t < sEnd; t++)
        {
            if (_v.IsChar(t, ';')) return t;
            if (!_v.IsChar(t, ',')) continue;
            if (_v.Is(t + 1, WordClass.Break | WordClass.AttributionStart)) return t;
            if (_v.CueAt(t + 1) is { } cue && cue.Pattern.Kind is CueKind.Verb or CueKind.Trailer or CueKind.Impersonal) return t;
            if (_v.Is(t + 1, WordClass.Auxiliary) && HasVerbCue(t + 2, ClauseEndFrom(t + 1))) return t;
        }

        return sEnd;
    }

    /// <summary>Where a reported clause before a trailing attribution starts: the sentence start, or the
    /// complementizer after an earlier cue in the sentence (<c>Moskau warnte, dass …, wie X erklärte</c>).</summary>
    private int ReportedStart(int sStart, int p)
    {
        for (int t = sStart; t < p - 1; t++)
        {
            if (!_v.IsChar(t, ',') || !_v.Is(t + 1, WordClass.Complementizer) || _v.InsideQuote(t)) continue;
            if (HasVerbCue(sStart, t)) return t + 1;
        }

        return sStart;
    }

    private bool HasVerbCue(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (_v.CueAt(t) is { Pattern.Kind: CueKind.Verb, Pattern.Role: not CueRole.None }) return true;
        }

        return false;
    }

    /// <summary>Whether [start, end) is one quotation (its marks, perhaps a final comma or stop).</summary>
    private bool IsWholeQuotation(int start, int end)
    {
        int q = _v.QuoteOf(start);
        if (q < 0 || _v.Pairs[q].Open != start) return false;
        int close = _v.Pairs[q].Close;
        for (int t = close + 1; t < end; t++)
        {
            if (_v.IsWord(t)) return false;
        }

        return true;
    }

    /// <summary>A German reported clause: opens with <c>dass</c>/<c>ob</c>, or holds a Konjunktiv form or a quoted fragment.</summary>
    private bool LooksReported(int start, int end, bool complementizerSuffices = true)
    {
        if (_v.Is(start, WordClass.Complementizer))
        {
            if (complementizerSuffices) return true;
            int last = end - 1;
            while (last > start && !_v.IsWord(last)) last--;
            if (last > start && !_v.InsideQuote(last) && _v.Lexicon.IsFinalMood(_v.Word(last))) return true;
        }

        for (int t = start; t < end; t++)
        {
            if (MoodAt(t) != MoodStrength.None) return true;
        }

        return false;
    }

    /// <summary>The reporting mood of a token outside quotations; none after <c>als</c> (<c>als sei …</c>).</summary>
    private MoodStrength MoodAt(int t)
    {
        if (!_v.IsWord(t) || _v.InsideQuote(t) || _v.Is(t - 1, WordClass.Unreal)) return MoodStrength.None;
        return _v.Lexicon.MoodOf(_v.Word(t));
    }

    private bool AddIndirect(int startToken, int endToken, SpeakerPick speaker, CueHit? hit, string rule, int priority, int sentence, string? cue = null)
    {
        while (endToken > startToken && IsTrailingPunctuation(endToken - 1)) endToken--;
        if (endToken <= startToken) return false;
        int start = _v.Tokens[startToken].Start, end = _v.Tokens[endToken - 1].End;
        if (end <= start) return false;
        _found.Add(new Found(startToken, endToken, QuoteKind.Indirect, speaker, hit?.Text ?? cue, rule, priority, sentence) { Start = start, End = end });
        return true;
    }

    private bool IsTrailingPunctuation(int t)
    {
        var token = _v.Tokens[t];
        if (token.Kind is not (TokenKind.Punctuation or TokenKind.Symbol)) return false;
        char c = _v.Text[token.Start];
        return c is '.' or ',' or ';' or ':' or '!' or '–' or '-';
    }

    // ---- output ----

    private List<QuoteMention> Output()
    {
        var keep = new bool[_found.Count];
        Array.Fill(keep, true);
        for (int i = 0; i < _found.Count; i++)
        {
            for (int j = i + 1; j < _found.Count && keep[i]; j++)
            {
                if (!keep[j] || !Clash(_found[i], _found[j])) continue;
                if (Wins(_found[i], _found[j])) keep[j] = false;
                else keep[i] = false;
            }
        }

        var text = _v.Text;
        var result = new List<QuoteMention>();
        for (int i = 0; i < _found.Count; i++)
        {
            if (!keep[i]) continue;
            var f = _found[i];
            if (f.Start < 0 || f.End > text.Length || f.Start >= f.End) continue;
            result.Add(new QuoteMention(f.Start, f.End, text[f.Start..f.End], f.Kind, f.Speaker.Speaker, f.Speaker.Text,
                f.Cue, f.Speaker.Via, f.Rule));
        }

        result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return result;
    }

    private static bool Clash(Found a, Found b)
    {
        int overlap = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        if (overlap <= 0) return false;
        int shorter = Math.Min(a.End - a.Start, b.End - b.Start);
        return overlap * 2 >= shorter;
    }

    /// <summary>Which of two clashing quotes stays: a reported clause over a short quoted fragment inside it,
    /// else a direct quotation, else the rule with the higher priority, else the first found.</summary>
    private static bool Wins(Found a, Found b)
    {
        if (a.Kind != b.Kind)
        {
            var (direct, indirect) = a.Kind == QuoteKind.Direct ? (a, b) : (b, a);
            bool indirectWins = (direct.End - direct.Start) * 5 < (indirect.End - indirect.Start) * 4;
            return indirectWins ? a == indirect : a == direct;
        }

        return a.Priority >= b.Priority;
    }
}
