using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lagebild.Core.Data;
using Lagebild.Core.Format;
using Lagebild.Core.Model;
using Lagebild.Core.Pipeline;

namespace Lagebild.Analysis.Tests;

/// <summary>
/// Whatever text the whole pipeline is fed, it must not throw, must keep every offset inside the text,
/// and every span's text must be the slice at its offsets.
/// </summary>
public sealed class PipelineRobustnessProperties
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => StandardPipeline.Build(DataDirectory.Default));

    /// <summary>Pieces of news text, punctuation and hostile characters that random texts are built from.</summary>
    private static readonly string[] Pieces =
    [
        "Putin", "Biden", "Moskau", "Washington", "NATO", "Nato-Partner", "US-Präsident", "der Kreml", "sagte", "said", "warnte",
        "am Dienstagabend", "7.12.2021", "am 7. Dezember", "Jan. 10, 2022", "on Monday", "vorige Woche", "Dr.", "z.B.", "U.S.",
        "„", "“", "”", "»", "«", "\"", "'", "‚", "‘", ".", ",", ":", ";", "!", "?", "…", "-", "–", "(", ")",
        " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00A0", "\0", "\uFFFD", "\uD83D\uDE00", "\uD800", "\uDC00",
        "Россия", "الناتو", "北约", "1.000", "2,5", "https://example.org/a?b=c.", "name@example.org", " date 2021-12 ",
        "drohte", "threatened", "lehnte ab", "Sanktionen", "sanctions", "Gespräche", "talks", "es gehe darum,",
    ];

    private static Gen<string> NewsLikeText() =>
        Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts));

    [Property(MaxTest = 300)]
    public Property Random_unicode_text_never_breaks_the_pipeline() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null), text => Check(text ?? ""));

    [Property(MaxTest = 300)]
    public Property News_like_fragments_never_break_the_pipeline() =>
        Prop.ForAll(NewsLikeText().ToArbitrary(), Check);

    [Property(MaxTest = 200)]
    public Property Mutated_news_text_never_breaks_the_pipeline() =>
        Prop.ForAll(NewsLikeText().ToArbitrary(), Gen.Choose(0, 1000).ListOf().ToArbitrary(), (text, cuts) =>
        {
            var chars = text.ToCharArray().ToList();
            foreach (var cut in cuts)
            {
                if (chars.Count == 0) break;
                int at = cut % chars.Count;
                if (cut % 3 == 0) chars.RemoveAt(at);
                else chars.Insert(at, Pieces[cut % Pieces.Length][0]);
            }

            return Check(new string(chars.ToArray()));
        });

    [Fact]
    public void Only_quotation_marks_are_handled() => Assert.True(Check(string.Concat(Enumerable.Repeat("„“\"»«'‚‘”", 200))));

    [Fact]
    public void A_long_single_line_is_handled() =>
        Assert.True(Check(string.Concat(Enumerable.Repeat("Putin sagte am Dienstag „Nein“ zu Biden, und die NATO drohte Moskau ", 20_000))));

    private static bool Check(string text)
    {
        var document = new Document("fuzz", text) { Dct = new DocumentDate("2021-12", DateBasis.Header) };
        Pipeline.Value.Process(document);
        Assert.Empty(document.Diagnostics);
        foreach (var token in document.Tokens) AssertSpan(text, token.Start, token.End, null);
        foreach (var s in document.Sentences) AssertSpan(text, s.Start, s.End, null);
        foreach (var e in document.Entities) AssertSpan(text, e.Start, e.End, e.Text);
        foreach (var t in document.Timexes) AssertSpan(text, t.Start, t.End, t.Text);
        foreach (var q in document.Quotes) AssertSpan(text, q.Start, q.End, q.Text);
        foreach (var e in document.Events) AssertSpan(text, e.Start, e.End, e.Text);
        Assert.NotEmpty(AnalysisJsonWriter.ToJson(document));
        return true;
    }

    private static void AssertSpan(string text, int start, int end, string? spanText)
    {
        Assert.InRange(start, 0, text.Length);
        Assert.InRange(end, start, text.Length);
        if (spanText is not null) Assert.Equal(text.Substring(start, end - start), spanText);
    }
}
