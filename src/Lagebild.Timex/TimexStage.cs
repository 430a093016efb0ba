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

    /// <summary>A dateline is an explicit date this close to the start or the end of the text.</summary>
    private const int DatelineReach = 160;

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
        foreach (var m in matches.Where(m => m.Start >= storyStart)) pending.Add(new PendingTimex(m, tenseReader.Read(text, tokens, m.FirstToken, m.EndToken)));

        var reference = ResolveDocumentDate(document, pending, tenseReader.Default);

        foreach (var p in pending)
        {
            var rule = p.Match.Rule;
            // An unmarked weekday takes the language's default direction; an unmarked date the nearest year.
            var tense = p.Tense == Tense.Unknown && p.Match.Get("weekday") is not null ? tenseReader.Default : p.Tense;
            string value = TimexValueBuilder.Fill(rule.Value!, p.Match, tense, reference);
            string? mod = rule.Mod is null ? null : TimexValueBuilder.Fill(rule.Mod, p.Match, tense, reference);
            if (mod is "X" or "") mod = null;
            document.Timexes.Add(new TimexMention(p.Match.Start, p.Match.End, text[p.Match.Start..p.Match.End], rule.Type, value, mod, rule.Id));
        }
    }

    /// <summary>The end of the metadata line's date value: the text after it may be a headline.</summary>
    private static int MetadataEnd(string text)
    {
        int i = MetadataLinePrefix.Length;
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    /// <summary>Sets <see cref="Document.Dct"/> and returns the reference the values are resolved against.</summary>
    private static ReferenceTime? ResolveDocumentDate(Document document, List<PendingTimex> pending, Tense defaultTense)
    {
        var dct = document.Dct;
        var known = ReferenceTime.Parse(dct?.Value);
        if (dct is not null && dct.Basis == DateBasis.Given && known is not null)
        {
            return known.Day is null && known.Month > 0 ? known with { Day = ReferenceEstimator.Estimate(known, pending, defaultTense) } : known;
        }

        if (known?.Day is not null) return known;

        // A dateline: an explicit full date with its year near the start or the end of the text.
        string trimmed = document.Text.TrimEnd();
        foreach (var p in pending)
        {
            if (p.Match.Get("year") is null) continue;
            bool nearEdge = p.Match.End >= trimmed.Length - DatelineReach || p.Match.Start <= DatelineReach;
            if (!nearEdge) continue;
            if (ReferenceEstimator.ExplicitDay(p.Match, known) is { } d && (known is null || known.Month == 0 || (d.Year == known.Year && d.Month == known.Month)))
            {
                document.Dct = new DocumentDate(Calendar.Day(d), DateBasis.Inferred);
                return new ReferenceTime(d.Year, d.Month, d);
            }
        }

        if (known is not null && known.Month > 0)
        {
            return known with { Day = ReferenceEstimator.Estimate(known, pending, defaultTense) };
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
