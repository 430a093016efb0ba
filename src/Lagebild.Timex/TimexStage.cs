using Lagebild.Core.Data;
using Lagebild.Core.Model;
using Lagebild.Core.Pipeline;
using Lagebild.Timex.Resolution;
using Lagebild.Timex.Rules;
using Lagebild.Timex.Scanning;

namespace Lagebild.Timex;

/// <summary>
/// Finds temporal expressions with the language's rules, resolves them to TIMEX3 values against the document
/// date and the narrative, and sets (or refines) the document date.
/// </summary>
public sealed class TimexStage : IStage
{
    /// <summary>Languages whose rules are loaded; a document in another language uses the first.</summary>
    public static readonly string[] Languages = ["de", "en"];

    /// <summary>A dateline is an explicit date this close to the end of the text.</summary>
    private const int DatelineReach = 160;

    /// <summary>How far (characters) after an explicit date a weekday may still continue its story.</summary>
    private const int NarrativeReach = 300;

    /// <summary>An explicit date with its year further than this (days) from the document's present starts its own story.</summary>
    private const int NarrativeDistance = 30;

    /// <summary>A dateline may also stand this close to the start of the story.</summary>
    private const int DatelineStartReach = 600;

    /// <summary>The input format's metadata line (<c> date 2021-12 …</c>); it is not part of the story.</summary>
    private const string MetadataLinePrefix = " date ";

    private readonly Dictionary<string, (TimeRuleSet Rules, ClauseTenseReader Tense)> languages = new(StringComparer.Ordinal);

    public TimexStage(DataDirectory data)
    {
        foreach (var language in Languages)
        {
            var rules = TimeRuleSet.Load(data, language);
            languages[language] = (rules, new ClauseTenseReader(rules.Tense));
        }
    }

    public string Name => "timex";

    public IReadOnlyList<string> Reads { get; } = [Layers.Text, Layers.Sentences];

    public IReadOnlyList<string> Writes { get; } = [Layers.Timexes, Layers.Dct];

    public void Process(Document document)
    {
        var (rules, tenseReader) = languages.TryGetValue(document.Language, out var found) ? found : languages[Languages[0]];
        string text = document.Text;
        var tokens = TimeScanner.Scan(text);
        var matches = RuleMatcher.FindAll(text, tokens, rules);
        int storyStart = 0;
        if (text.StartsWith(MetadataLinePrefix, StringComparison.Ordinal))
        {
            storyStart = MetadataEnd(text);
            if (document.Dct is null && ReferenceTime.Parse(text[MetadataLinePrefix.Length..storyStart]) is not null)
            {
                document.Dct = new DocumentDate(text[MetadataLinePrefix.Length..storyStart], DateBasis.Header);
            }
        }

        var pending = new List<PendingTimex>(matches.Count);
        foreach (var m in matches)
        {
            if (m.Start < storyStart) continue;

            // A rule may fix the direction itself (vergangenen Montag, next Tuesday).
            var tense = m.Get("tense") switch
            {
                "past" => Tense.Past,
                "future" => Tense.Future,
                _ => tenseReader.Read(text, tokens, m.FirstToken, m.EndToken, SentenceOf(document, m.Start)),
            };
            pending.Add(new PendingTimex(m, tense));
        }

        var reference = ResolveDocumentDate(document, pending, tenseReader.Default, storyStart);

        DateOnly? anchor = null, lastDay = null;
        int anchorEnd = 0, lastDayEnd = 0;
        foreach (var p in pending)
        {
            var rule = p.Match.Rule;
            bool isWeekday = p.Match.Get("weekday") is not null && p.Match.Get("day") is null;

            // An unmarked weekday takes the language's default direction; an unmarked date the nearest year.
            var tense = p.Tense == Tense.Unknown && isWeekday ? tenseReader.Default : p.Tense;
            var own = reference;
            if (isWeekday && anchor is { } a && IsNarrativeAnchor(text, a, anchorEnd, p.Match.Start, reference))
            {
                // A weekday told right after a distant explicit date continues that story, forward from it.
                own = new ReferenceTime(a.Year, a.Month, a);
                tense = p.Tense == Tense.Past ? Tense.Future : tense;
            }

            if (p.Match.Get("year") is not null && ReferenceEstimator.ExplicitDay(p.Match, reference) is { } explicitDay)
            {
                anchor = explicitDay;
                anchorEnd = p.Match.End;
            }

            DateOnly? narrativeDay = lastDay is not null && p.Match.Start - lastDayEnd <= NarrativeReach
                && !HasParagraphBreak(text.AsSpan(lastDayEnd, p.Match.Start - lastDayEnd)) ? lastDay : null;
            string value = TimexValueBuilder.Fill(rule.Value!, p.Match, tense, own, narrativeDay);
            string? mod = rule.Mod is null ? null : TimexValueBuilder.Fill(rule.Mod, p.Match, tense, own, narrativeDay);
            if (value.Length >= 10 && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", out var day))
            {
                lastDay = day;
                lastDayEnd = p.Match.End;
            }
            if (mod is "X" or "") mod = null;
            document.Timexes.Add(new TimexMention(p.Match.Start, p.Match.End, text[p.Match.Start..p.Match.End], rule.Type, value, mod, rule.Id));
        }
    }

    /// <summary>
    /// Whether an explicit date is the reference for a weekday after it: in the same paragraph, close by,
    /// and far enough from the document's present that the document date cannot be meant.
    /// </summary>
    private static bool IsNarrativeAnchor(string text, DateOnly anchor, int anchorEnd, int start, ReferenceTime? reference)
    {
        if (start - anchorEnd > NarrativeReach) return false;
        if (reference?.Day is { } r && Math.Abs(r.DayNumber - anchor.DayNumber) <= NarrativeDistance) return false;
        return !HasParagraphBreak(text.AsSpan(anchorEnd, start - anchorEnd));
    }

    private static bool HasParagraphBreak(ReadOnlySpan<char> between)
    {
        bool afterNewline = false;
        foreach (char c in between)
        {
            if (c == '\n')
            {
                if (afterNewline) return true;
                afterNewline = true;
            }
            else if (!char.IsWhiteSpace(c)) afterNewline = false;
        }

        return false;
    }

    /// <summary>Whether a date is followed by a line end, the text end, a dash or a closing parenthesis.</summary>
    private static bool EndsDateline(string text, int end)
    {
        int i = end;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\u00A0')) i++;
        return i >= text.Length || text[i] is '\n' or '\r' or '—' or '–' or '-' or ')' or '|' or '/';
    }

    private static TextSpan? SentenceOf(Document document, int offset)
    {
        int index = document.SentenceIndexAt(offset);
        return index < 0 ? null : document.Sentences[index].Span;
    }

    /// <summary>The end of the metadata line's date value: the text after it may be a headline.</summary>
    private static int MetadataEnd(string text)
    {
        int i = MetadataLinePrefix.Length;
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    /// <summary>Sets <see cref="Document.Dct"/> and returns the reference the values are resolved against.</summary>
    private static ReferenceTime? ResolveDocumentDate(Document document, List<PendingTimex> pending, Tense defaultTense, int storyStart)
    {
        var dct = document.Dct;
        var known = ReferenceTime.Parse(dct?.Value);
        if (dct is not null && dct.Basis == DateBasis.Given && known is not null)
        {
            return known.Day is null && known.Month > 0 ? known with { Day = ReferenceEstimator.Run(known, pending, defaultTense).Day } : known;
        }

        if (known?.Day is not null) return known;

        // A dateline: an explicit full date with its year that ends its line or stands before a dash or a
        // closing parenthesis (WASHINGTON, Feb. 11, 2022 — …; (Genf, 7.12.2021)), near the start or the end.
        string trimmed = document.Text.TrimEnd();
        for (int i = pending.Count - 1; i >= 0; i--)
        {
            var p = pending[i];
            if (p.Match.Get("year") is null) continue;
            bool nearEdge = p.Match.End >= trimmed.Length - DatelineReach || p.Match.Start - storyStart <= DatelineStartReach;
            if (!nearEdge || !EndsDateline(document.Text, p.Match.End)) continue;
            if (ReferenceEstimator.ExplicitDay(p.Match, known) is { } d && (known is null || known.Month == 0 || (d.Year == known.Year && d.Month == known.Month)))
            {
                document.Dct = new DocumentDate(Calendar.Day(d), DateBasis.Inferred);
                return new ReferenceTime(d.Year, d.Month, d);
            }
        }

        if (known is not null && known.Month > 0)
        {
            var estimate = ReferenceEstimator.Run(known, pending, defaultTense);
            if (estimate.Pinned) document.Dct = new DocumentDate(Calendar.Day(estimate.Day), DateBasis.Inferred);
            return known with { Day = estimate.Day };
        }

        if (known is not null) return known;

        // No date given: the latest explicit date the text does not place in the future.
        DateOnly? latest = null;
        foreach (var p in pending)
        {
            if (p.Tense == Tense.Future || p.Match.Get("year") is null) continue;
            if (ReferenceEstimator.ExplicitDay(p.Match, null) is { } d && (latest is null || d > latest)) latest = d;
        }

        if (latest is { } day)
        {
            document.Dct = new DocumentDate(Calendar.Day(day), DateBasis.Inferred);
            return new ReferenceTime(day.Year, day.Month, day);
        }

        return null;
    }
}
