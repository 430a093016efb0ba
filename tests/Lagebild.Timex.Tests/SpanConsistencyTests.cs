using Lagebild.Core.Model;

namespace Lagebild.Timex.Tests;

public sealed class SpanConsistencyTests
{
    private const string Alphabet = "am 7. Dezember 2021 Montagabend seit Jahren vor zwei Wochen, „heute“ – 12/7/2021 last week o'clock\n\t.";

    [Fact]
    public void Random_text_never_crashes_and_every_span_is_a_slice_of_the_text()
    {
        var random = new Random(1234);
        foreach (var language in TimexStage.Languages)
        {
            for (int round = 0; round < 300; round++)
            {
                int length = random.Next(0, 120);
                var chars = new char[length];
                for (int i = 0; i < length; i++)
                {
                    chars[i] = random.Next(6) == 0 ? (char)random.Next(0x20, 0x3000) : Alphabet[random.Next(Alphabet.Length)];
                }

                var document = new Document("fuzz", new string(chars)) { Language = language };
                StageFixture.Stage.Process(document);
                foreach (var t in document.Timexes)
                {
                    Assert.InRange(t.Start, 0, document.Text.Length);
                    Assert.InRange(t.End, t.Start + 1, document.Text.Length);
                    Assert.Equal(document.Text[t.Start..t.End], t.Text);
                }
            }
        }
    }

    [Fact]
    public void Timexes_come_in_text_order_without_overlap()
    {
        var document = new Document("order", "Am 6. Dezember und am Dienstagabend, seit 2014 und vorige Woche.")
        {
            Language = "de",
            Dct = new DocumentDate("2021-12-09", DateBasis.Given),
        };
        StageFixture.Stage.Process(document);
        Assert.Equal(4, document.Timexes.Count);
        for (int i = 1; i < document.Timexes.Count; i++) Assert.True(document.Timexes[i - 1].End <= document.Timexes[i].Start);
    }
}
