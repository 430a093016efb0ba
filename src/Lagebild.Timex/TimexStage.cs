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

    /// <summary>The input format's metadata line (<c> date 2021-12 …</c>); it is not part of the story.</summary>
    private const string MetadataLinePrefix = " date ";

    /// <summary>Added to the rule of a document date whose day came from a year-less dateline.</summary>
    private const string DatelineRuleSuffix = "+dateline";

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

    public void Process(Document document) => Run(document, null);

    /// <summary>
    /// Dates a document that gave no date within a span of days learnt after this stage ran (from the offices it
    /// names), sets its document date with <paramref name="rule"/>, and finds its timexes again against it: a
    /// year-less dateline becomes the day (see <see cref="DocumentDateResolver.ResolveWithin"/>), else the month
    /// the span opens, and no day is pinned from a month.
    /// </summary>
    public void Redate(Document document, DateOnly from, DateOnly to, string rule)
    {
        document.Timexes.Clear();
        Run(document, (from, to, rule));
    }

    private void Run(Document document, (DateOnly From, DateOnly To, string Rule)? within)
    {
        var (rules, tenseReader) = languages.TryGetValue(document.Language, out var found) ? found : languages[Languages[0]];
        string text = document.Text;
        using var tokens = TimeScanner.Scan(text);
        var matches = RuleMatcher.FindAll(text, tokens, rules);
        int storyStart = 0;
        if (text.StartsWith(MetadataLinePrefix, StringComparison.Ordinal))
        {
            storyStart = MetadataEnd(text);
            if (document.Dct is null && within is null && ReferenceTime.Parse(text[MetadataLinePrefix.Length..storyStart]) is not null)
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

        ReferenceTime? reference;
        if (within is var (from, to, dctRule))
        {
            (reference, string value, bool fromDateline) = DocumentDateResolver.ResolveWithin(text, pending, storyStart, from, to);
            document.Dct = new DocumentDate(value, DateBasis.Inferred, fromDateline ? dctRule + DatelineRuleSuffix : dctRule);
        }
        else
        {
            reference = DocumentDateResolver.Resolve(document, pending, tenseReader.Default, storyStart);
        }

        DateOnly? anchor = null, lastDay = null;
        int anchorEnd = 0, lastDayEnd = 0;
        foreach (var p in pending)
        {
            var rule = p.Match.Rule;
            bool isWeekday = p.Match.Get("weekday") is not null && p.Match.Get("day") is null;

            // An unmarked weekday takes the language's default direction; an unmarked date the nearest year.
            var tense = p.Tense == Tense.Unknown && isWeekday ? tenseReader.Default : p.Tense;
            var own = reference;
            if (isWeekday && anchor is { } a && Narrative.IsAnchor(text, a, anchorEnd, p.Match.Start, reference))
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

            DateOnly? narrativeDay = lastDay is not null && Narrative.Continues(text, lastDayEnd, p.Match.Start) ? lastDay : null;
            string value = TimexValueBuilder.Fill(rule.Value!, p.Match, tense, own, narrativeDay);
            string? mod = rule.Mod is null ? null : TimexValueBuilder.Fill(rule.Mod, p.Match, tense, own, narrativeDay);
            if (value.Length >= 10 && Calendar.TryParseDay(value.AsSpan(0, 10), out var day))
            {
                lastDay = day;
                lastDayEnd = p.Match.End;
            }
            if (mod is "X" or "") mod = null;
            document.Timexes.Add(new TimexMention(p.Match.Start, p.Match.End, text[p.Match.Start..p.Match.End], rule.Type, value, mod, rule.Id));
        }
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
}
