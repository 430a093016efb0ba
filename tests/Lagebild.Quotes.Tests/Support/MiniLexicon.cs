using Lagebild.Quotes.Lexicon;

namespace Lagebild.Quotes.Tests.Support;

/// <summary>A tiny invented lexicon for engine tests, so they do not depend on the production data.</summary>
public static class MiniLexicon
{
    public static QuoteStage Stage()
    {
        var de = new QuoteLexicon();
        de.AddVerb("sagte", CueRole.Speech, null, "sagen", "test:sagen");
        de.AddVerb("warnte", CueRole.Speech, null, "warnen", "test:warnen");
        de.AddVerb("teilte", CueRole.Speech, ["mit"], "mitteilen", "test:mitteilen");
        de.AddVerb("sagte", CueRole.None, ["ab"], "absagen", "test:absagen");
        de.AddVerb("nannte", CueRole.Stance, null, "nennen", "test:nennen");
        de.AddVerb("zitierte", CueRole.Relay, null, "zitieren", "test:zitieren");
        de.AddCue(new CuePattern(["laut"], CueKind.SourceBefore, CueRole.Speech, null, "laut", "test:laut"));
        de.AddCue(new CuePattern(["so"], CueKind.Trailer, CueRole.Speech, null, "so", "test:so"));
        de.AddClass("dass", WordClass.Complementizer);
        de.AddClass("doch", WordClass.Break);
        de.AddClass("wie", WordClass.AttributionStart);
        de.AddClass("habe", WordClass.Auxiliary);
        de.AddClass("er", WordClass.Pronoun);
        de.AddClass("der", WordClass.Definite);
        de.AddClass("ein", WordClass.Indefinite);
        de.AddClass("von", WordClass.Agent);
        de.AddMoodForm("sei", MoodStrength.Strong);
        de.AddMoodForm("habe", MoodStrength.Strong);
        de.AddMoodForm("werde", MoodStrength.Strong);
        de.AddMoodForm("bleibe", MoodStrength.Strong);
        de.AddRole("Sprecher");
        de.AddRole("Beamter");

        var en = new QuoteLexicon();
        en.AddVerb("said", CueRole.Speech, null, "say", "test:say");
        en.AddVerb("told", CueRole.Speech, null, "tell", "test:tell");
        en.AddCue(new CuePattern(["according", "to"], CueKind.SourceBefore, CueRole.Speech, null, "according to", "test:according_to"));
        en.AddClass("that", WordClass.Complementizer);
        en.AddClass("he", WordClass.Pronoun);
        en.AddClass("the", WordClass.Definite);
        en.AddClass("a", WordClass.Indefinite);

        var marks = new QuoteMarks();
        marks.Add('„', "“”\"");
        marks.Add('“', "”“\"");
        marks.Add('»', "«");
        marks.Add('«', "»");
        marks.Add('‚', "‘’'");
        marks.Add('"', "\"“”");

        var relays = new Relays();
        relays.Add("Gondor_Herald");

        return new QuoteStage(new Dictionary<string, QuoteLexicon> { ["de"] = de, ["en"] = en }, marks, relays);
    }
}
