using Lagebild.Core.Data;
using Lagebild.Core.Model;
using Lagebild.Text;

namespace Lagebild.Entities.Tests;

/// <summary>
/// An invented world for engine tests (Gondor, Mordor, the Council of Elrond), written as data files into a temporary
/// data folder, so the tests do not depend on the production lexicon. Segmentation data comes from the real folder.
/// </summary>
public sealed class MiniLexicon : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lagebild-actors-").FullName;

    public MiniLexicon()
    {
        Write("actors/states.tsv", """
            GON	Gondor	de	name	Gondor
            GON	Gondor	de	adjective	gondorisch
            GON	Gondor	en	adjective	Gondorian
            MOR	Mordor	de	name	Mordor
            MOR	Mordor	de	adjective	mordorisch
            MOR	Mordor	de	demonym	Orks
            """);
        Write("actors/capitals.tsv", "GON\tMinas_Tirith\tde\tMinas Tirith\nMOR\tBarad-dûr\tde\tBaraddur\n");
        Write("actors/organizations.tsv", """
            Council_of_Elrond	ORG	Council_of_Elrond	de	Rat von Elrond|Elrond-Rat
            White_Tower	ORG	GON	de	Weißer Turm|Weißen Turm|Weißen Turms
            Palantir_News	ORG		*	Palantir
            """);
        Write("actors/places.tsv", "Anduin\tLOC\tde\tAnduin\n");
        Write("actors/persons.tsv", "Aragorn\tKönig Elessar|Aragorn Arathorns Sohn|Aragorn\tKing of Gondor\nSauron\tSauron\tDark lord\nFaramir\tFaramir\tSteward\n");
        Write("actors/roles.tsv", """
            Aragorn	head_of_state	GON	White_Tower	3019-03-25		crowned
            Sauron	head_of_state	MOR		1000		ruler
            Faramir	spokesperson	GON	White_Tower	3019-01-01	3019-12-31	steward
            """);
        Write("de/actors/inflection.tsv", "adjective\t-\nadjective\te\nadjective\ten\nname\t-\nname\ts\nperson\t-\nperson\ts\norganisation\t-\norganisation\ts\ndemonym\t-\n");
        Write("de/actors/locative-prepositions.tsv", "in\nnach\n");
        Write("de/actors/person-titles.tsv", "Zauberer\n");
        Write("shared/actors/given-names.tsv", "Samweis\n");
        Write("de/actors/role-nouns.tsv", "König\thead_of_state\t\nTurmsprecher\tspokesperson\tWhite_Tower\nBeamter\tofficial\t\n");
        foreach (var file in Directory.GetFiles(Path.Combine(DataDirectory.Default.Root, "shared", "text")))
        {
            File.Copy(file, Path.Combine(Directory.CreateDirectory(Path.Combine(_root, "shared", "text")).FullName, Path.GetFileName(file)));
        }

        foreach (var language in new[] { "de", "en" })
        {
            var source = Path.Combine(DataDirectory.Default.Root, language, "text");
            var target = Directory.CreateDirectory(Path.Combine(_root, language, "text")).FullName;
            foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        Data = new DataDirectory(_root);
        Segmentation = new SegmentationStage(Data);
        Stage = new EntityStage(Data);
    }

    public DataDirectory Data { get; }

    public SegmentationStage Segmentation { get; }

    public EntityStage Stage { get; }

    public Document Analyse(string text, string dct = "3019-06")
    {
        var document = new Document("test", text) { Dct = new DocumentDate(dct, DateBasis.Header) };
        Segmentation.Process(document);
        Stage.Process(document);
        return document;
    }

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.Replace("\r\n", "\n") + "\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
