using Lagebild.Core.Data;
using Lagebild.Core.Model;
using Xunit;

namespace Lagebild.Events.Tests;

/// <summary>The stage reuses its working memory from document to document on a thread: nothing may carry over.</summary>
public sealed class WorkingMemoryTests
{
    private static readonly EventStage Stage = new(DataDirectory.Locate());

    private static Document Short() =>
        TestDocuments.Build("Am Freitag rief Scholz den polnischen Regierungschef an.", "de",
            ("Scholz", "PER", "Olaf_Scholz", "DEU"), ("polnischen", "GPE", "Poland", "POL"));

    private static Document Long()
    {
        var doc = TestDocuments.Build(
            "Die Türkei drohte Griechenland am Montag mit Sanktionen. Biden und Putin trafen sich in Genf zu Gesprächen, " +
            "die beiden Seiten vereinbarten ein weiteres Treffen. Frankreich kritisierte die Regierung in Ankara scharf, " +
            "Italien und Spanien forderten Zurückhaltung. Er warnte Moskau vor einem Angriff auf die Ukraine.", "de",
            ("Türkei", "GPE", "Turkey", "TUR"), ("Griechenland", "GPE", "Greece", "GRC"), ("Biden", "PER", "Joe_Biden", "USA"),
            ("Putin", "PER", "Vladimir_Putin", "RUS"), ("Genf", "GPE", "Geneva", null), ("Frankreich", "GPE", "France", "FRA"),
            ("Ankara", "GPE", "Ankara", "TUR"), ("Italien", "GPE", "Italy", "ITA"), ("Spanien", "GPE", "Spain", "ESP"),
            ("Moskau", "GPE", "Moscow", "RUS"), ("Ukraine", "GPE", "Ukraine", "UKR"));
        TestDocuments.AddTimex(doc, "am Montag", "2022-02-07");
        return doc.InSentences();
    }

    /// <summary>Runs the documents through the stage one after another on a new thread; the events of the last.</summary>
    private static List<string> EventsOfLast(params Document[] documents)
    {
        var thread = new Thread(() =>
        {
            foreach (var document in documents) Stage.Process(document);
        });
        thread.Start();
        thread.Join();
        return documents[^1].Events
            .Select(e => $"{e.Type}|{e.Mode}|{string.Join(",", e.Source)}|{string.Join(",", e.Target)}|{e.Date}|{e.Location}|" +
                         $"{string.Join(",", e.Context)}|{e.Start}-{e.End}|{e.Text}|{e.Rule}|{e.Trigger}")
            .ToList();
    }

    [Fact]
    public void A_document_gets_the_same_events_after_a_longer_one_as_on_a_fresh_thread()
    {
        var alone = EventsOfLast(Short());
        Assert.NotEmpty(alone);
        Assert.Equal(alone, EventsOfLast(Long(), Short()));
    }

    [Fact]
    public void The_same_text_twice_on_one_thread_gets_its_events_both_times()
    {
        var alone = EventsOfLast(Short());
        Assert.NotEmpty(alone);
        Assert.Equal(alone, EventsOfLast(Short(), Short()));
    }

    [Fact]
    public void A_longer_document_gets_the_same_events_after_a_shorter_one_as_on_a_fresh_thread()
    {
        var alone = EventsOfLast(Long());
        Assert.NotEmpty(alone);
        Assert.Equal(alone, EventsOfLast(Short(), Long()));
    }
}
