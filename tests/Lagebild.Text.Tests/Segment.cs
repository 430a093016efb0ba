using Lagebild.Core.Data;
using Lagebild.Core.Model;

namespace Lagebild.Text.Tests;

/// <summary>Runs the segmentation stage on a text and shows tokens and sentences as strings.</summary>
internal static class Segment
{
    private static readonly Lazy<SegmentationStage> Stage = new(() => new SegmentationStage(DataDirectory.Default));

    public static Document Run(string text)
    {
        var document = new Document("t", text);
        Stage.Value.Process(document);
        return document;
    }

    public static string[] Tokens(string text)
    {
        var document = Run(text);
        return document.Tokens.Select(t => text[t.Start..t.End]).ToArray();
    }

    public static string[] Sentences(string text)
    {
        var document = Run(text);
        return document.Sentences.Select(s => text[s.Start..s.End]).ToArray();
    }
}
