using Lagebild.Core.Model;
using Lagebild.Entities.Roles;

namespace Lagebild.Entities.Dating;

/// <summary>The span of days in which an undated document can have been written, and the offices it rests on.</summary>
public readonly record struct OfficeWindow(DateOnly From, DateOnly To, string Evidence);

/// <summary>
/// Dates a document that gives no date by the offices it names together with their holders
/// (<c>Außenministerin Annalena Baerbock</c>, <c>Secretary of State Antony Blinken</c>): each such pair is true only
/// within that person's terms in that role, so the text was written where all of them overlap. A tenure word just
/// before the office noun (<c>der frühere Präsident</c>, <c>former</c>) makes the pair no evidence. The window counts
/// only when it is one closed span of at most <see cref="MaxWindowDays"/> days.
/// </summary>
public sealed class OfficeTermDating(RoleTable roles, TenureMarkers markers)
{
    /// <summary>A wider window says too little to date a text: about one term of office.</summary>
    public const int MaxWindowDays = 5 * 366;

    /// <summary>How many tokens before the office noun a tenure word may stand (der frühere US-Präsident).</summary>
    private const int MarkerReach = 2;

    public OfficeWindow? WindowOf(Document document)
    {
        List<(DateOnly From, DateOnly To)> window = [(DateOnly.MinValue, DateOnly.MaxValue)];
        var evidence = new List<string>();
        foreach (var reference in document.ActorReferences)
        {
            if (reference.EntityId is not { } person || RoleRule.NamedRole(reference.Rule) is not { } role) continue;
            string pair = $"{person}/{role}";
            if (evidence.Contains(pair) || AfterTenureMarker(document, reference.Start)) continue;
            var terms = roles.TermsOf(person, role).Select(t => (t.From, t.To ?? DateOnly.MaxValue)).ToList();
            if (terms.Count == 0) continue;
            window = Intersect(window, terms);
            evidence.Add(pair);
            if (window.Count == 0) return null;
        }

        if (evidence.Count == 0 || window.Count != 1) return null;
        var (from, to) = window[0];
        if (from == DateOnly.MinValue || to == DateOnly.MaxValue || to.DayNumber - from.DayNumber > MaxWindowDays) return null;
        return new OfficeWindow(from, to, string.Join(",", evidence));
    }

    private bool AfterTenureMarker(Document document, int start)
    {
        int index = document.TokenIndexAt(start);
        for (int k = index - 1; k >= 0 && k >= index - MarkerReach; k--)
        {
            var token = document.Tokens[k];
            if (token.Kind != TokenKind.Word && !document.Slice(token).SequenceEqual("-")) break;
            if (markers.Contains(document.Slice(token))) return true;
        }

        return false;
    }

    /// <summary>The days in both sets of closed spans, as spans that neither overlap nor touch.</summary>
    private static List<(DateOnly From, DateOnly To)> Intersect(List<(DateOnly From, DateOnly To)> a, List<(DateOnly From, DateOnly To)> b)
    {
        var result = new List<(DateOnly, DateOnly)>();
        foreach (var (af, at) in a)
        {
            foreach (var (bf, bt) in b)
            {
                var from = af > bf ? af : bf;
                var to = at < bt ? at : bt;
                if (from <= to) result.Add((from, to));
            }
        }

        result.Sort();
        var merged = new List<(DateOnly From, DateOnly To)>(result.Count);
        foreach (var (from, to) in result)
        {
            if (merged.Count > 0 && (merged[^1].To == DateOnly.MaxValue || from <= merged[^1].To.AddDays(1)))
            {
                if (to > merged[^1].To) merged[^1] = (merged[^1].From, to);
                continue;
            }

            merged.Add((from, to));
        }

        return merged;
    }
}
