using Lagebild.Core.Lookup;
using Lagebild.Quotes.Lexicon;

namespace Lagebild.Quotes.Engine;

/// <summary>Who a phrase names as speaker, the words that name them, and the relay that passed it on.</summary>
public readonly record struct SpeakerPick(string? Speaker, string? Text, string? Via)
{
    public static SpeakerPick Nobody => new(null, null, null);
}

/// <summary>Picks the speaker of an attribution among the candidates of a token range.</summary>
public sealed class SpeakerResolver(DocumentView view, Func<int, string?> lastSpeakerBefore)
{
    /// <summary>The candidates whose first token lies in [from, to), outside quotations.</summary>
    public List<SpeakerCandidate> In(int from, int to)
    {
        var result = new List<SpeakerCandidate>();
        var all = view.Candidates;
        int lo = 0, hi = all.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (all[mid].FirstToken < from) lo = mid + 1;
            else hi = mid;
        }

        for (int i = Math.Max(0, lo - 2); i < all.Count; i++)
        {
            var c = all[i];
            if (c.FirstToken >= to) break;
            if (c.FirstToken >= from && !view.InsideQuote(c.FirstToken)) result.Add(c);
        }

        return result;
    }

    /// <summary>
    /// The subject of a clause [from, to) with a speech cue at <paramref name="cue"/>: the candidate opening the
    /// clause, else the one right after the cue (<c>Am Mittwoch sagte Biden</c>), else the first one.
    /// </summary>
    public SpeakerPick Subject(int from, int to, int cue)
    {
        var candidates = In(from, to);
        if (candidates.Count == 0) return SpeakerPick.Nobody;
        var chosen = candidates[0];
        if (chosen.FirstToken > from + 3)
        {
            var inverted = candidates.FirstOrDefault(c => c.FirstToken > cue && c.FirstToken <= cue + 3);
            if (inverted is not null) chosen = inverted;
        }

        return WithVia(Pick(chosen), candidates);
    }

    /// <summary>For a relay verb (<c>Interfax zitierte das Ministerium</c>): the subject is the relay, the object the speaker.</summary>
    public SpeakerPick Relayed(int from, int to, int cue)
    {
        var candidates = In(from, to);
        var relay = candidates.FirstOrDefault(c => view.Relays.Contains(c.Speaker))
                    ?? candidates.FirstOrDefault(c => c.FirstToken < cue);
        if (relay is null) return Subject(from, to, cue);
        var after = candidates.FirstOrDefault(c => c.FirstToken > cue && c.Start >= relay.End);
        if (after is null) return Pick(relay);
        return Pick(after) with { Via = Pick(relay).Speaker };
    }

    /// <summary>The first candidate of an attribution clause (<c>…, sagte der Sprecher laut TASS</c>); relays become <c>via</c>.</summary>
    public SpeakerPick First(int from, int to)
    {
        var candidates = In(from, to);
        if (candidates.Count == 0) return SpeakerPick.Nobody;
        var chosen = candidates.FirstOrDefault(c => !view.Relays.Contains(c.Speaker)) ?? candidates[0];
        return WithVia(Pick(chosen), candidates);
    }

    /// <summary>Resolves one candidate: follows a modifier to the name it qualifies, and a role noun to its speaker.</summary>
    public SpeakerPick Pick(SpeakerCandidate candidate)
    {
        var head = FollowAppositive(candidate);
        int start = Math.Min(candidate.Start, head.Start);
        if (head.Source == CandidateSource.Role)
        {
            int roleToken = head.EndToken - 1;
            string? speaker = head.IsDefinite
                ? TitleHolderBefore(roleToken, head.Start) ?? lastSpeakerBefore(head.Start)
                : StateOfLastPerson(head.Start);
            return new SpeakerPick(speaker, view.Text[start..head.End], null);
        }

        // `der amerikanische Präsident`: a state adjective before a role noun names the holder of that title
        if (head.IsModifier && head.EndToken < view.Tokens.Count && view.IsWord(head.EndToken)
            && view.Lexicon.IsRole(view.Word(head.EndToken)) && view.Is(head.FirstToken - 1, WordClass.Definite)
            && TitleHolderBefore(head.EndToken, head.Start) is { } holder)
        {
            int determiner = view.Tokens[head.FirstToken - 1].Start;
            return new SpeakerPick(holder, view.Text[determiner..view.Tokens[head.EndToken].End], null);
        }

        return new SpeakerPick(head.Speaker, view.Text[start..head.End], null);
    }

    /// <summary>
    /// An unnamed official with no state named (<c>ein hoher Beamter</c>) speaks for the state of the last
    /// speaker quoted before it, else of the person last named: such officials brief on their own side.
    /// </summary>
    private string? StateOfLastPerson(int offset)
    {
        string? last = lastSpeakerBefore(offset);
        if (IsStateCode(last)) return last;
        if (last is not null)
        {
            foreach (var c in view.Candidates)
            {
                if (c.Speaker == last && IsStateCode(c.ActorCode)) return c.ActorCode;
            }
        }

        string? code = null;
        foreach (var c in view.Candidates)
        {
            if (c.Start >= offset) break;
            if (c.IsPerson && c.Source == CandidateSource.Entity && IsStateCode(c.ActorCode)) code = c.ActorCode;
        }

        return code;
    }

    /// <summary>
    /// Title anaphora: the person last named right after the same title (<c>Präsident Joe Biden</c> … <c>der
    /// Präsident</c>, <c>US-Botschafter Anatoly Antonov</c> … <c>der Botschafter</c>).
    /// </summary>
    private string? TitleHolderBefore(int roleToken, int offset)
    {
        var role = view.Word(roleToken);
        int hyphen = role.LastIndexOf('-');
        if (hyphen >= 0) role = role[(hyphen + 1)..];
        var stem = role[..Math.Min(role.Length, 6)];
        if (stem.Length < 4) return null;

        int index = FirstStartingAt(view.Candidates, offset) - 1;
        for (int seen = 0; index >= 0 && seen < 300; index--, seen++)
        {
            var c = view.Candidates[index];
            if (!c.IsPerson || c.Source != CandidateSource.Entity || c.Speaker is null) continue;
            for (int t = c.FirstToken - 1; t >= Math.Max(0, c.FirstToken - 3); t--)
            {
                if (!view.IsCapitalized(t)) break;
                if (view.Word(t).Contains(stem, StringComparison.OrdinalIgnoreCase)) return c.Speaker;
            }
        }

        return null;
    }

    private static bool IsStateCode(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetterUpper);

    private SpeakerPick WithVia(SpeakerPick pick, List<SpeakerCandidate> candidates)
    {
        if (pick.Via is not null) return pick;
        foreach (var c in candidates)
        {
            if (view.Relays.Contains(c.Speaker) && c.Speaker != pick.Speaker) return pick with { Via = c.Speaker };
        }

        return pick;
    }

    /// <summary>
    /// From a modifier (<c>Kreml-Sprecher</c>, <c>estnische Ministerpräsidentin</c>) to the name that follows it
    /// within two capitalised words (<c>Dmitri Peskow</c>); a modifier with no name stays (its actor code speaks).
    /// </summary>
    private SpeakerCandidate FollowAppositive(SpeakerCandidate candidate)
    {
        var current = candidate;
        for (int guard = 0; guard < 4 && (current.IsModifier || !current.IsPerson || current.Source == CandidateSource.Reference); guard++)
        {
            SpeakerCandidate? next = null;
            int following = FirstStartingAt(view.Candidates, current.End);
            if (following < view.Candidates.Count && view.Candidates[following].FirstToken <= current.EndToken + 1)
            {
                next = view.Candidates[following];
            }

            if (next is null || !OnlyCapitalizedBetween(current.EndToken, next.FirstToken)) break;
            // An office noun naming its holder follows a body and leads to the name: Kremlin spokesman Dmitry Peskov.
            bool follows = current.IsModifier
                || (next.IsPerson && current.Source is CandidateSource.Role or CandidateSource.Reference)
                || (next.IsPerson && next.Source == CandidateSource.Reference)
                || (next.IsPerson && RoleBetween(current.EndToken, next.FirstToken));
            if (!follows) break;
            current = next;
        }

        return current;
    }

    /// <summary>The index of the first candidate starting at or after <paramref name="offset"/> (candidates are sorted by start).</summary>
    private static int FirstStartingAt(List<SpeakerCandidate> candidates, int offset) =>
        StartOrder.FirstAtOrAfter(candidates, offset, static c => c.Start);

    /// <summary>`Russlands Außenamtssprecherin Maria Sacharowa`: a role noun between a body and a person.</summary>
    private bool RoleBetween(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (view.Lexicon.IsRole(view.Word(t))) return true;
        }

        return false;
    }

    private bool OnlyCapitalizedBetween(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            bool titleWord = view.IsCapitalized(t) || (view.IsWord(t) && view.Lexicon.IsRole(view.Word(t)));
            if (!titleWord || view.Is(t, WordClass.Pronoun)) return false;
        }

        return true;
    }
}
