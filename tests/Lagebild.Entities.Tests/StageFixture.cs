using Lagebild.Core.Data;
using Lagebild.Core.Model;
using Lagebild.Text;

namespace Lagebild.Entities.Tests;

/// <summary>The segmentation and actor stages built once from the repository's data, shared by the tests.</summary>
internal static class StageFixture
{
    private static readonly Lazy<SegmentationStage> Segmentation = new(() => new SegmentationStage(DataDirectory.Default));

    public static readonly Lazy<EntityStage> Entities = new(() => new EntityStage(DataDirectory.Default));

    public static Document Analyse(string text, string dct = "2022-01-10")
    {
        var document = new Document("test", text) { Dct = new DocumentDate(dct, DateBasis.Header) };
        Segmentation.Value.Process(document);
        Entities.Value.Process(document);
        return document;
    }
}
