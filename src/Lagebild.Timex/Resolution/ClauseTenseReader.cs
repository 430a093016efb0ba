using Lagebild.Core.Model;
using Lagebild.Timex.Rules;
using Lagebild.Timex.Scanning;

namespace Lagebild.Timex.Resolution;

/// <summary>
/// Reads the tense of the clause around a token from the language's marker words (auxiliaries, past forms,
/// modal verbs of intention). A clause ends at the language's clause punctuation, a sentence end or a line break.
/// </summary>
public sealed class ClauseTenseReader
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> past;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> future;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> pastExceptions;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ambiguousPast;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> notPastBefore;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> breaks;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> insertionMarks;
    private readonly string[] pastEndings;
    private readonly string[] separablePrefixes;
    private readonly bool ordinalDot;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> perfectAuxiliaries;
    private readonly bool hasPerfect;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> participleExceptions;
    private readonly string[] participlePrefixes;
    private readonly string[] participleEndings;

    public ClauseTenseReader(TenseFile file)
    {
        past = Lookup(file.Past, StringComparer.OrdinalIgnoreCase);
        future = Lookup(file.Future, StringComparer.OrdinalIgnoreCase);
        pastExceptions = Lookup(file.PastEndingExceptions, StringComparer.OrdinalIgnoreCase);
        ambiguousPast = Lookup(file.AmbiguousPast, StringComparer.OrdinalIgnoreCase);
        notPastBefore = Lookup(file.NotPastBefore, StringComparer.OrdinalIgnoreCase);
        breaks = Lookup(file.ClauseBreaks, StringComparer.Ordinal);
        insertionMarks = Lookup(file.InsertionMarks, StringComparer.Ordinal);
        pastEndings = [.. file.PastEndings];
        separablePrefixes = [.. file.SeparablePrefixes];
        ordinalDot = file.OrdinalDot;
        perfectAuxiliaries = Lookup(file.PerfectAuxiliaries, StringComparer.OrdinalIgnoreCase);
        participleExceptions = Lookup(file.ParticipleExceptions, StringComparer.OrdinalIgnoreCase);
        participlePrefixes = [.. file.ParticiplePrefixes];
        hasPerfect = file.PerfectAuxiliaries.Count > 0;
        participleEndings = [.. file.ParticipleEndings];
        Default = file.Default switch { "past" => Tense.Past, "future" => Tense.Future, _ => Tense.Unknown };
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IEnumerable<string> words, StringComparer comparer) =>
        new HashSet<string>(words, comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The tense assumed where the clause has no marker (Unknown means "nearest").</summary>
    public Tense Default { get; }

    /// <summary>The token range [first, end) of the clause containing tokens [from, to).</summary>
    /// <remarks>The clause never leaves <paramref name="sentence"/> when one is given.</remarks>
    public (int First, int End) ClauseAround(string text, TimeTokenList tokens, int from, int to, TextSpan? sentence = null, bool wholeSentence = false)
    {
        int lower = sentence?.Start ?? 0, upper = sentence?.End ?? int.MaxValue;
        int first = from;
        while (first > 0 && !IsBreak(text, tokens, first - 1, wholeSentence) && !tokens[first].LineBreakBefore && tokens[first - 1].Start >= lower) first--;
        int end = to;
        while (end < tokens.Count && !IsBreak(text, tokens, end, wholeSentence) && !tokens[end].LineBreakBefore && tokens[end].End <= upper) end++;
        return (first, end);
    }

    /// <summary>The tense of the marker nearest to tokens [from, to) inside their clause.</summary>
    public Tense Read(string text, TimeTokenList tokens, int from, int to, TextSpan? sentence = null)
    {
        var (first, end) = ClauseAround(text, tokens, from, to, sentence);
        var tense = NearestMarker(text, tokens, from, to, first, end);
        if (tense != Tense.Unknown) return tense;
        bool insertion = (first > 0 && IsMark(text, tokens[first - 1], insertionMarks)) || (end < tokens.Count && IsMark(text, tokens[end], insertionMarks));

        // A fronted expression set off by a comma (On Tuesday night, drones …) takes the tense of the clause it opens.
        bool fronted = end - first - (to - from) <= 1 && end < tokens.Count && !tokens[end].LineBreakBefore;
        if (!insertion && !fronted) return Tense.Unknown;
        (first, end) = ClauseAround(text, tokens, from, to, sentence, wholeSentence: true);
        return NearestMarker(text, tokens, from, to, first, end);
    }

    private static bool IsMark(string text, TimeToken token, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> marks) =>
        token.Kind == TimeTokenKind.Punctuation && marks.Contains(token.Slice(text));

    private Tense NearestMarker(string text, TimeTokenList tokens, int from, int to, int first, int end)
    {
        Tense best = Tense.Unknown;
        int bestDistance = int.MaxValue;
        int auxiliary = -1, participle = -1;
        for (int i = first; i < end; i++)
        {
            if (i >= from && i < to) continue;
            var token = tokens[i];
            if (token.Kind != TimeTokenKind.Word) continue;
            var word = token.Slice(text);
            if (hasPerfect && perfectAuxiliaries.Contains(word)) auxiliary = i;
            else if (participle < 0 && participlePrefixes.Length > 0 && IsParticiple(word)) participle = i;
            int distance = i < from ? from - i : i - to + 1;
            if (distance >= bestDistance) continue;
            if (future.Contains(word)) (best, bestDistance) = (Tense.Future, distance);
            else if (IsPastForm(word) || IsAmbiguousPast(text, tokens, i)) (best, bestDistance) = (Tense.Past, distance);
        }

        // A perfect with a non-past auxiliary (ist … eingetroffen) counts when nothing nearer decided.
        if (best == Tense.Unknown && auxiliary >= 0 && participle >= 0) return Tense.Past;
        return best;
    }

    /// <summary>A lowercase word that begins like a participle (optionally after a separable particle) and ends like one.</summary>
    private bool IsParticiple(ReadOnlySpan<char> word)
    {
        if (word.Length < 6 || char.IsUpper(word[0])) return false;
        if (participleExceptions.Contains(word)) return false;
        bool ending = false;
        foreach (var e in participleEndings) ending |= word.EndsWith(e, StringComparison.OrdinalIgnoreCase);
        if (!ending) return false;
        foreach (var prefix in participlePrefixes)
        {
            if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
            foreach (var particle in separablePrefixes)
            {
                if (word.Length > particle.Length + prefix.Length + 2
                    && word.StartsWith(particle, StringComparison.OrdinalIgnoreCase)
                    && word[particle.Length..].StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }

        return false;
    }

    private bool IsAmbiguousPast(string text, TimeTokenList tokens, int i)
    {
        if (!ambiguousPast.Contains(tokens[i].Slice(text))) return false;
        return i == 0 || tokens[i - 1].Kind != TimeTokenKind.Word || !notPastBefore.Contains(tokens[i - 1].Slice(text));
    }

    private bool IsPastForm(ReadOnlySpan<char> word)
    {
        var pastLookup = past;
        if (pastLookup.Contains(word)) return true;
        if (word.Length > 4 && !char.IsUpper(word[0]))
        {
            foreach (var prefix in separablePrefixes)
            {
                if (word.Length > prefix.Length + 2 && word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && pastLookup.Contains(word[prefix.Length..]))
                    return true;
            }
        }

        return HasPastEnding(word);
    }

    private bool HasPastEnding(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || char.IsUpper(word[0])) return false;
        foreach (var ending in pastEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return !pastExceptions.Contains(word);
            }
        }

        return false;
    }

    private bool IsBreak(string text, TimeTokenList tokens, int index, bool sentenceOnly)
    {
        var token = tokens[index];
        if (token.Kind != TimeTokenKind.Punctuation) return false;
        var mark = token.Slice(text);
        if (mark is ".")
        {
            // A full stop inside a numeric date (7.12.2021) or after an ordinal (7. Dezember) is no sentence end.
            if (index == 0) return true;
            var before = tokens[index - 1];
            if (before.Kind != TimeTokenKind.Number) return true;
            bool insideNumber = index + 1 < tokens.Count && tokens[index + 1].Glued && tokens[index + 1].Kind == TimeTokenKind.Number;
            return !insideNumber && !(ordinalDot && before.Length <= 2);
        }

        if (mark is "!" or "?") return true;
        return !sentenceOnly && breaks.Contains(mark);
    }
}
