using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Lagebild.Text.Tests;

public sealed class SegmentationProperties
{
    private static readonly string[] Pieces = ["a", "Z", "7", ".", ",", " ", "\n", "\n\n", "„", "“", "\"", "'", "-", "@", "http://x.y", "z.B.", "Dr.", "\uD83D\uDE00", "\uD800", "ß", "Я", "…", "\r\n"];

    [Property(MaxTest = 500)]
    public Property Tokens_and_sentences_are_ordered_inside_the_text_and_never_split_a_surrogate_pair() =>
        Prop.ForAll(Gen.Elements(Pieces).ListOf().Select(p => string.Concat(p)).ToArbitrary(), text =>
        {
            var document = Segment.Run(text);
            int previousEnd = 0;
            foreach (var token in document.Tokens)
            {
                Assert.True(token.Start >= previousEnd && token.End > token.Start && token.End <= text.Length);
                Assert.False(token.Start > 0 && char.IsLowSurrogate(text[token.Start]) && char.IsHighSurrogate(text[token.Start - 1]));
                previousEnd = token.End;
            }

            int covered = 0;
            foreach (var sentence in document.Sentences)
            {
                Assert.Equal(covered, sentence.FirstToken);
                Assert.Equal(document.Tokens[sentence.FirstToken].Start, sentence.Start);
                Assert.Equal(document.Tokens[sentence.EndToken - 1].End, sentence.End);
                covered = sentence.EndToken;
            }

            Assert.Equal(document.Tokens.Count, covered);
        });
}
