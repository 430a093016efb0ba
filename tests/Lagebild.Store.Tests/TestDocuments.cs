using Lagebild.Core.Model;

namespace Lagebild.Store.Tests;

/// <summary>Invented analysed documents for the store tests.</summary>
internal static class TestDocuments
{
    /// <summary>A document with one sentence per line, an event on the first sentence and optional quote.</summary>
    public static Document Build(
        string id, string outlet, string text, string date, string type = "CONSULT", string[]? source = null, string[]? target = null,
        string? location = null, (string Speaker, string Words)? quote = null)
    {
        var d = new Document(id, text) { Language = "en", Source = outlet, Url = $"https://{outlet.ToLowerInvariant().Replace(' ', '-')}.example/{id}" };
        d.Dct = new DocumentDate(date, DateBasis.Given);
        int start = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0) d.Sentences.Add(new Sentence(start, start + line.Length, 0, 0, 0));
            start += line.Length + 1;
        }
        var first = d.Sentences[0];
        var sentence = text[first.Start..first.End];
        source ??= ["USA"];
        target ??= ["RUS"];
        foreach (var actor in source.Concat(target))
        {
            int at = sentence.IndexOf(actor == "USA" ? "Washington" : actor == "RUS" ? "Moscow" : actor, StringComparison.Ordinal);
            if (at >= 0)
            {
                var name = actor == "USA" ? "Washington" : actor == "RUS" ? "Moscow" : actor;
                d.Entities.Add(new EntityMention(first.Start + at, first.Start + at + name.Length, name, "GPE", name, actor, "test:gazetteer"));
            }
        }
        d.Events.Add(new EventMention(type, null, source, target, date, location, [], first.Start, first.End, sentence, "test:event"));
        if (quote is { } q)
        {
            int at = text.IndexOf(q.Words, StringComparison.Ordinal);
            d.Quotes.Add(new QuoteMention(at, at + q.Words.Length, q.Words, QuoteKind.Direct, q.Speaker, q.Speaker, "said", null, "test:quote"));
        }
        return d;
    }

    public const string AgencyCopy =
        "Washington and Moscow held a video summit on Tuesday about the troops near the border.\n" +
        "The two presidents spoke for more than two hours, officials in both capitals confirmed afterwards.\n" +
        "\"We want a lasting agreement on security guarantees\", the spokesman of the delegation said after the call.";

    public static Document Summit(string id, string outlet, string? text = null) =>
        Build(id, outlet, text ?? $"Report by {outlet}: Washington and Moscow talked by video on the security crisis.\nMore talks are planned for {outlet} readers.", "2021-12-07");
}
