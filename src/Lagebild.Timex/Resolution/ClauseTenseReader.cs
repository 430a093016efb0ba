using Lagebild.Timex.Rules;
using Lagebild.Timex.Scanning;

namespace Lagebild.Timex.Resolution;

/// <summary>
/// Reads the tense of the clause around a token from the language's marker words (auxiliaries, past forms,
/// modal verbs of intention). A clause ends at the language's clause punctuation, a sentence end or a line break.
/// </summary>
public sealed class ClauseTenseReader
{
    private readonly HashSet<string> past;
    private readonly HashSet<string> future;
    private readonly HashSet<string> pastExceptions;
    private readonly HashSet<string> breaks;
    private readonly string[] pastEndings;
    private readonly string[] separablePrefixes;

    public ClauseTenseReader(TenseFile file)
    {
        past = new HashSet<string>(file.Past, StringComparer.OrdinalIgnoreCase);
        future = new HashSet<string>(file.Future, StringComparer.OrdinalIgnoreCase);
        pastExceptions = new HashSet<string>(file.PastEndingExceptions, StringComparer.OrdinalIgnoreCase);
        breaks = new HashSet<string>(file.ClauseBreaks, StringComparer.Ordinal);
        pastEndings = [.. file.PastEndings];
        separablePrefixes = [.. file.SeparablePrefixes];
        Default = file.Default switch { "past" => Tense.Past, "future" => Tense.Future, _ => Tense.Unknown };
    }

    /// <summary>The tense assumed where the clause has no marker (Unknown means "nearest").</summary>
    public Tense Default { get; }

    /// <summary>The token range [first, end) of the clause containing tokens [from, to).</summary>
    public (int First, int End) ClauseAround(string text, IReadOnlyList<TimeToken> tokens, int from, int to)
    {
        int first = from;
        while (first > 0 && !IsBreak(text, tokens, first - 1) && !tokens[first].LineBreakBefore) first--;
        int end = to;
        while (end < tokens.Count && !IsBreak(text, tokens, end) && !tokens[end].LineBreakBefore) end++;
        return (first, end);
    }

    public Tense Read(string text, IReadOnlyList<TimeToken> tokens, int from, int to)
    {
        var (first, end) = ClauseAround(text, tokens, from, to);
        bool sawPast = false;
        for (int i = first; i < end; i++)
        {
            if (i >= from && i < to) continue;
            var token = tokens[i];
            if (token.Kind != TimeTokenKind.Word) continue;
            var word = token.Slice(text);
            if (future.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return Tense.Future;
            if (IsPastForm(word)) sawPast = true;
        }

        return sawPast ? Tense.Past : Tense.Unknown;
    }

    private bool IsPastForm(ReadOnlySpan<char> word)
    {
        var pastLookup = past.GetAlternateLookup<ReadOnlySpan<char>>();
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
                return !pastExceptions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            }
        }

        return false;
    }

    private bool IsBreak(string text, IReadOnlyList<TimeToken> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind != TimeTokenKind.Punctuation) return false;
        var mark = token.Slice(text);
        if (mark is ".")
        {
            // A full stop after a number is an ordinal or a date separator, not a sentence end.
            return index == 0 || tokens[index - 1].Kind != TimeTokenKind.Number;
        }

        return breaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(mark);
    }
}
