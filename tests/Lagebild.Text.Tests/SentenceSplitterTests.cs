namespace Lagebild.Text.Tests;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Abbreviations_ordinals_and_dates_do_not_end_a_sentence()
    {
        var sentences = Segment.Sentences("Dr. Weber traf am 7. Dezember bzw. am 7.12.2021 u.a. den Minister. Danach reiste er ab.");
        Assert.Equal(["Dr. Weber traf am 7. Dezember bzw. am 7.12.2021 u.a. den Minister.", "Danach reiste er ab."], sentences);
    }

    [Fact]
    public void A_sentence_that_ends_inside_a_quote_keeps_the_closing_mark()
    {
        var sentences = Segment.Sentences("Er sagte: „Wir wollen Frieden.“ Dann ging er.");
        Assert.Equal(["Er sagte: „Wir wollen Frieden.“", "Dann ging er."], sentences);
    }

    [Fact]
    public void A_question_inside_a_quote_followed_by_the_attribution_is_one_sentence()
    {
        var sentences = Segment.Sentences("„Warum jetzt?“, fragte sie. He asked: “Why now?” and left.");
        Assert.Equal(["„Warum jetzt?“, fragte sie.", "He asked: “Why now?” and left."], sentences);
    }

    [Fact]
    public void Headlines_and_captions_without_final_punctuation_are_sentences_of_their_own()
    {
        var sentences = Segment.Sentences("Gipfel ohne Ergebnis\n\nDie Delegationen trafen sich am Montag.\nFoto: Agentur\nThe talks ended.");
        Assert.Equal(["Gipfel ohne Ergebnis", "Die Delegationen trafen sich am Montag.", "Foto: Agentur", "The talks ended."], sentences);
    }

    [Fact]
    public void A_line_that_continues_in_lower_case_stays_in_the_sentence()
    {
        var sentences = Segment.Sentences("Die Minister sprachen über\ndie Lage an der Grenze.");
        Assert.Single(sentences);
    }

    [Fact]
    public void Blank_lines_start_new_paragraphs()
    {
        var document = Segment.Run(" date 2021-12 Aktualisiert\n\nErster Absatz. Noch ein Satz.\n\nZweiter Absatz.");
        Assert.Equal([0, 1, 1, 2], document.Sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void English_sentences_split_after_abbreviations_only_when_they_end()
    {
        var sentences = Segment.Sentences("Mr. Blinken met Mr. Lavrov on Jan. 21. They spoke for 90 minutes.");
        Assert.Equal(["Mr. Blinken met Mr. Lavrov on Jan. 21.", "They spoke for 90 minutes."], sentences);
    }
}

public sealed class OverlongSentenceTests
{
    [Fact]
    public void Text_without_sentence_ends_is_cut_into_bounded_pieces_after_commas()
    {
        var text = string.Concat(Enumerable.Repeat("eins zwei drei, ", 400));
        var document = Segment.Run(text);
        Assert.All(document.Sentences, s => Assert.InRange(s.TokenCount, 1, Sentences.SentenceSplitter.MaximumTokens));
        Assert.All(document.Sentences.SkipLast(1), s => Assert.Equal(',', text[s.End - 1]));
        Assert.Equal(document.Tokens.Count, document.Sentences.Sum(s => s.TokenCount));
    }
}
