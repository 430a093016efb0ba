namespace Lagebild.Text.Tests;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Die Regierung hat am Montag mit den Verbündeten über die Lage gesprochen.", "de")]
    [InlineData("The government said on Monday that it would talk with its allies.", "en")]
    [InlineData("12345 !!!", "und")]
    public void The_language_is_told_by_its_function_words(string text, string expected) => Assert.Equal(expected, Segment.Run(text).Language);
}
