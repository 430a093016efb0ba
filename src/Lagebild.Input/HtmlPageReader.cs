using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Lagebild.Core.Model;
using Document = Lagebild.Core.Model.Document;

namespace Lagebild.Input;

/// <summary>
/// Reads a saved news page: the main text (the <c>article</c> or <c>main</c> element, else the body) without scripts,
/// navigation and page furniture; headline and paragraphs become lines separated by blank lines.
/// Publication date and outlet come from the usual meta tags when present.
/// </summary>
public static class HtmlPageReader
{
    private static readonly string[] Furniture = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template"];
    private static readonly string[] BlockElements = ["h1", "h2", "h3", "h4", "p", "li", "blockquote", "figcaption", "pre", "td"];

    public static InputItem Read(string path)
    {
        var warnings = new List<Diagnostic>();
        if (TextDecoder.ReadFile(path, warnings, out var problem) is not { } html) return problem!;
        var page = new HtmlParser().ParseDocument(html);
        var text = MainText(page);
        if (text.Length == 0)
        {
            return InputItem.Failed(DiagnosticCodes.InputEmptyHtml, path, "the page has no readable text");
        }

        var document = new Document(Path.GetFileNameWithoutExtension(path), text)
        {
            Origin = path,
            Source = Meta(page, "og:site_name"),
            Url = Meta(page, "og:url") ?? page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"),
        };
        var published = Meta(page, "article:published_time") ?? Meta(page, "date") ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        if (published is { Length: >= 10 } && DateHeader.IsIsoDate(published.AsSpan(0, 10)))
        {
            document.Dct = new DocumentDate(published[..10], DateBasis.Given);
        }

        document.Diagnostics.AddRange(warnings);
        return InputItem.Of(document);
    }

    internal static string MainText(IDocument page)
    {
        foreach (var element in page.QuerySelectorAll(string.Join(',', Furniture)).ToList()) element.Remove();

        var root = page.QuerySelector("article") ?? page.QuerySelector("main") ?? page.Body;
        if (root is null) return "";

        var lines = new List<string>();
        var title = page.QuerySelector("h1")?.TextContent ?? page.Title;
        AddLine(lines, title);
        var blocks = root.QuerySelectorAll(string.Join(',', BlockElements))
            .Where(b => !b.Ancestors<IElement>().Any(a => a != root && BlockElements.Contains(a.LocalName)));
        foreach (var block in blocks) AddLine(lines, block.TextContent);
        if (lines.Count <= 1) AddLine(lines, root.TextContent);
        return string.Join("\n\n", lines.Distinct());
    }

    private static void AddLine(List<string> lines, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length > 0) lines.Add(collapsed);
    }

    private static string? Meta(IDocument page, string name) =>
        (page.QuerySelector($"meta[property='{name}']") ?? page.QuerySelector($"meta[name='{name}']"))?.GetAttribute("content");
}
