using System.Text;
using Lagebild.Core.Model;

namespace Lagebild.Input.Tests;

public sealed class InputReaderTests
{
    [Fact]
    public void A_text_file_keeps_its_text_and_takes_its_id_from_the_name()
    {
        using var folder = new TemporaryFolder();
        var path = folder.WriteBytes("article_1.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(" date 2021-12 x\r\nZeile")]);
        var item = Assert.Single(InputReader.Read([path]));
        Assert.Equal("article_1", item.Document!.Id);
        Assert.Equal(" date 2021-12 x\r\nZeile", item.Document.Text);
        Assert.Equal("2021-12", item.Document.Dct!.Value);
    }

    [Fact]
    public void Invalid_utf8_is_replaced_and_reported_as_a_warning()
    {
        using var folder = new TemporaryFolder();
        var path = folder.WriteBytes("broken.txt", [0x41, 0xFF, 0xFE, 0x42]);
        var document = Assert.Single(InputReader.Read([path])).Document!;
        Assert.Equal("A\uFFFD\uFFFDB", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.InputEncoding && d.Location == path);
    }

    [Fact]
    public void A_malformed_jsonl_line_is_reported_with_its_line_and_the_rest_is_read()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("feed.jsonl",
            "{\"id\":\"a\",\"text\":\"Erster Text.\",\"date\":\"2022-01-10\",\"source\":\"Agentur\"}\n" +
            "{\"id\":\"b\",\"text\":\n" +
            "\n" +
            "{\"id\":\"c\"}\n" +
            "{\"id\":\"d\",\"text\":\"Vierter Text.\"}\n");
        var items = InputReader.Read([path]).ToList();
        Assert.Equal(["a", "d"], items.Where(i => i.Document is not null).Select(i => i.Document!.Id));
        Assert.Equal([$"{path}:2", $"{path}:4"], items.Where(i => i.Problem is not null).Select(i => i.Problem!.Location));
        var first = items[0].Document!;
        Assert.Equal(new DocumentDate("2022-01-10", DateBasis.Given), first.Dct);
        Assert.Equal("Agentur", first.Source);
    }

    [Fact]
    public void A_folder_is_read_recursively_in_name_order_and_other_files_are_ignored()
    {
        using var folder = new TemporaryFolder();
        folder.Write("b.txt", "B");
        folder.Write("sub/a.txt", "A");
        folder.Write("notes.docx", "ignored");
        var ids = InputReader.Read([folder.Path]).Select(i => i.Document!.Id).ToList();
        Assert.Equal(["b", "a"], ids);
    }

    [Fact]
    public void A_missing_path_and_an_unsupported_file_are_errors_naming_them()
    {
        using var folder = new TemporaryFolder();
        var other = folder.Write("table.csv", "x");
        var missing = Path.Combine(folder.Path, "nothing.txt");
        var items = InputReader.Read([missing, other]).ToList();
        Assert.Equal(DiagnosticCodes.InputUnreadable, items[0].Problem!.Code);
        Assert.Equal(missing, items[0].Problem!.Location);
        Assert.Equal(DiagnosticCodes.InputUnsupported, items[1].Problem!.Code);
    }

    [Fact]
    public void An_html_page_gives_its_headline_and_paragraphs_without_page_furniture()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("page.html", """
            <html><head><title>Site</title>
            <meta property="article:published_time" content="2022-01-12T09:30:00Z">
            <meta property="og:site_name" content="Beispielblatt">
            <script>var x = 1;</script></head>
            <body><nav>Menü Startseite</nav>
            <article><h1>Gipfel in Genf</h1><p>Die  Delegationen trafen sich.</p><p>Es gab <b>keinen</b> Durchbruch.</p></article>
            <footer>Impressum</footer></body></html>
            """);
        var document = Assert.Single(InputReader.Read([path])).Document!;
        Assert.Equal("Gipfel in Genf\n\nDie Delegationen trafen sich.\n\nEs gab keinen Durchbruch.", document.Text);
        Assert.Equal("2022-01-12", document.Dct!.Value);
        Assert.Equal("Beispielblatt", document.Source);
    }

    [Fact]
    public void An_html_page_without_text_is_an_error()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("empty.html", "<html><body><script>1</script></body></html>");
        Assert.Equal(DiagnosticCodes.InputEmptyHtml, Assert.Single(InputReader.Read([path])).Problem!.Code);
    }
}
