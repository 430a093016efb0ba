using System.Buffers;
using Lagebild.Timex.Scanning;

namespace Lagebild.Timex.Rules;

/// <summary>A rule match over tokens [FirstToken, EndToken) with what it captured.</summary>
public sealed record RuleMatch(TimeRule Rule, int FirstToken, int EndToken, int Start, int End, IReadOnlyList<Capture> Captures)
{
    public string? Get(string name)
    {
        for (int i = Captures.Count - 1; i >= 0; i--)
        {
            if (Captures[i].Name == name) return Captures[i].Value;
        }

        return null;
    }
}

/// <summary>
/// Finds the longest rule match at each token, left to right, trying only the rules whose first element
/// the token can start (trigger table); blocking rules swallow their span without a result.
/// </summary>
public static class RuleMatcher
{
    public static List<RuleMatch> FindAll(string text, TimeTokenList tokens, TimeRuleSet rules)
    {
        var results = new List<RuleMatch>();
        var captures = new List<Capture>(8);
        var ids = ArrayPool<int>.Shared.Rent(tokens.Count);
        for (int t = 0; t < tokens.Count; t++)
        {
            ids[t] = tokens[t].Kind == TimeTokenKind.Number ? -1 : rules.IdOf(tokens[t].Slice(text));
        }

        int i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            var candidates = token.Kind == TimeTokenKind.Number ? rules.NumberTriggers : rules.TriggersOf(ids[i]);

            RuleMatch? best = null;
            bool insideWord = token.Glued && i > 0 && token.Kind != TimeTokenKind.Punctuation && tokens[i - 1].Kind != TimeTokenKind.Punctuation;
            bool hasNext = i + 1 < tokens.Count;
            int nextId = hasNext ? ids[i + 1] : -1;
            bool nextIsNumber = hasNext && tokens[i + 1].Kind == TimeTokenKind.Number;
            if (candidates is not null && !insideWord && candidates.AnyNext.Admits(nextId, nextIsNumber))
            {
                foreach (var (rule, element, next) in candidates.All)
                {
                    if (!next.Admits(nextId, nextIsNumber)) continue;
                    captures.Clear();
                    int end = MatchFrom(text, tokens, ids, i, rule.Elements, element, captures, first: true);
                    if (end <= i) continue;

                    // A timex never ends in punctuation (a sentence's full stop after an optional element).
                    while (end - 1 > i && tokens[end - 1].Kind == TimeTokenKind.Punctuation) end--;
                    int endChar = tokens[end - 1].End;
                    if (best is null || endChar > best.End || (endChar == best.End && rule.Order < best.Rule.Order))
                    {
                        var all = new List<Capture>(rule.Fixed.Length + captures.Count);
                        all.AddRange(rule.Fixed);
                        all.AddRange(captures);
                        best = new RuleMatch(rule, i, end, token.Start, endChar, all);
                    }
                }
            }

            if (best is null)
            {
                i++;
                continue;
            }

            if (!best.Rule.IsBlocking) results.Add(best);
            i = best.EndToken;
        }

        ArrayPool<int>.Shared.Return(ids);
        return results;
    }

    /// <summary>Matches elements from <paramref name="element"/> on at token <paramref name="tokenIndex"/>;
    /// returns the token index after the match, or -1.</summary>
    private static int MatchFrom(string text, TimeTokenList tokens, int[] ids, int tokenIndex, PatternElement[] elements, int element, List<Capture> captures, bool first)
    {
        if (element == elements.Length) return tokenIndex;
        var e = elements[element];
        int mark = captures.Count;
        if (tokenIndex < tokens.Count)
        {
            var token = tokens[tokenIndex];
            bool gluedOk = !e.Glued || (token.Glued && !first);
            bool lineOk = first || !token.LineBreakBefore;
            if (gluedOk && lineOk && e.TryMatch(token.Slice(text), ids[tokenIndex], token.Kind == TimeTokenKind.Number, captures))
            {
                int end = MatchFrom(text, tokens, ids, tokenIndex + 1, elements, element + 1, captures, first: false);
                if (end >= 0)
                {
                    // A pattern must not end inside a word: the next token may not continue a glued word or number.
                    if (element + 1 < elements.Length || end >= tokens.Count || !ContinuesWord(tokens, end, text)) return end;
                }

                captures.RemoveRange(mark, captures.Count - mark);
            }
        }

        if (e.Optional && !first) return MatchFrom(text, tokens, ids, tokenIndex, elements, element + 1, captures, first: false);
        return -1;
    }

    private static bool ContinuesWord(TimeTokenList tokens, int next, string text)
    {
        var after = tokens[next];
        if (!after.Glued) return false;
        var before = tokens[next - 1];
        return after.Kind != TimeTokenKind.Punctuation && before.Kind != TimeTokenKind.Punctuation;
    }
}
