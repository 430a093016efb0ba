using Lagebild.Core.Model;
using Lagebild.Quotes.Lexicon;

namespace Lagebild.Quotes.Engine;

/// <summary>Collects the phrases that may name a speaker: actor references first, then entities, pronouns and roles.</summary>
public static class SpeakerCandidates
{
    private const string PersonType = "PER";

    public static List<SpeakerCandidate> Build(DocumentView view)
    {
        var document = view.Document;
        var list = new List<SpeakerCandidate>();
        var taken = new List<TextSpan>();

        foreach (var reference in document.ActorReferences)
        {
            if (!IsValid(document, reference.Start, reference.End)) continue;
            var (first, end) = TokensOf(view, reference.Start, reference.End);
            string? speaker = reference.EntityId ?? reference.ActorCode;
            bool isPronoun = speaker is null && first < view.Tokens.Count && end - first == 1 && view.Is(first, WordClass.Pronoun);
            if (isPronoun) continue; // resolved below like any pronoun
            list.Add(new SpeakerCandidate(reference.Start, reference.End, first, end, speaker, CandidateSource.Reference,
                IsModifier: false, IsPerson: reference.EntityId is not null, IsDefinite: false, reference.ActorCode));
            taken.Add(reference.Span);
        }

        foreach (var entity in document.Entities)
        {
            if (!IsValid(document, entity.Start, entity.End) || !IsSpeakerType(entity.Type)) continue;
            if (OverlapsAny(taken, entity.Span)) continue;
            var (first, end) = TokensOf(view, entity.Start, entity.End);
            bool modifier = IsModifier(view.Text, entity);
            string? speaker = modifier || entity.Type == "GPE" ? entity.ActorCode ?? entity.Id : entity.Id ?? entity.ActorCode;
            list.Add(new SpeakerCandidate(entity.Start, entity.End, first, end, speaker, CandidateSource.Entity,
                modifier, entity.Type == PersonType && !modifier, IsDefinite: false, entity.ActorCode));
        }

        list.Sort((a, b) => a.Start.CompareTo(b.Start));
        AddPronounsAndRoles(view, list, document);
        list.Sort((a, b) => a.Start.CompareTo(b.Start));
        return list;
    }

    private static bool OverlapsAny(List<TextSpan> spans, TextSpan span)
    {
        foreach (var taken in spans)
        {
            if (taken.Overlaps(span)) return true;
        }

        return false;
    }

    private static bool IsValid(Document document, int start, int end) => start >= 0 && end <= document.Text.Length && start < end;

    private static bool IsSpeakerType(string type) => type is "PER" or "ORG" or "GPE";

    /// <summary>A lower-case adjective (<c>russische</c>) or the first part of a compound (<c>US-Beamter</c>).</summary>
    private static bool IsModifier(string text, EntityMention entity)
    {
        if (char.IsLower(text[entity.Start])) return true;
        if (entity.End >= text.Length) return false;
        char next = text[entity.End];
        return next == '-' || char.IsLetter(next);
    }

    private static (int First, int End) TokensOf(DocumentView view, int start, int end)
    {
        var document = view.Document;
        int first = document.TokenIndexAt(start);
        int last = Math.Max(first, document.TokenIndexAt(end - 1));
        if (first >= view.Tokens.Count) return (view.Tokens.Count, view.Tokens.Count);
        return (first, view.WordGroupEnd(Math.Min(last, view.Tokens.Count - 1)));
    }

    private static void AddPronounsAndRoles(DocumentView view, List<SpeakerCandidate> list, Document document)
    {
        var occupied = new bool[view.Tokens.Count + 1];
        foreach (var c in list)
        {
            for (int t = c.FirstToken; t < c.EndToken && t < occupied.Length; t++) occupied[t] = true;
        }

        string? lastPerson = null;
        int next = 0;
        var added = new List<SpeakerCandidate>();
        for (int t = 0; t < view.Tokens.Count; t++)
        {
            while (next < list.Count && list[next].FirstToken <= t)
            {
                if (list[next].IsPerson && list[next].Speaker is not null && !view.InsideQuote(list[next].FirstToken))
                {
                    lastPerson = list[next].Speaker;
                }

                next++;
            }

            if (occupied[t] || !view.IsWord(t)) continue;
            var token = view.Tokens[t];
            if (view.Is(t, WordClass.Pronoun))
            {
                added.Add(new SpeakerCandidate(token.Start, token.End, t, t + 1, lastPerson, CandidateSource.Pronoun,
                    IsModifier: false, IsPerson: true, IsDefinite: false));
                continue;
            }

            if (!char.IsLetter(view.Text[token.Start]) || !view.Lexicon.IsRole(view.Word(t))) continue;
            if (t > 0 && occupied[t - 1]) continue; // `der russische Botschafter`: the entity speaks for it

            int determiner = -1;
            for (int back = t - 1; back >= Math.Max(0, t - 3) && view.IsWord(back); back--)
            {
                if (view.Is(back, WordClass.Definite | WordClass.Indefinite))
                {
                    determiner = back;
                    break;
                }
            }

            if (determiner < 0) continue;
            bool definite = view.Is(determiner, WordClass.Definite);
            int start = view.Tokens[determiner].Start;
            int end = view.WordGroupEnd(t);
            added.Add(new SpeakerCandidate(start, view.Tokens[end - 1].End, determiner, end, null, CandidateSource.Role,
                IsModifier: false, IsPerson: false, IsDefinite: definite));
        }

        list.AddRange(added);
    }
}
