using Lagebild.Core.Model;

namespace Lagebild.Input;

/// <summary>
/// Turns command-line paths into documents: .txt files, .jsonl feeds, .html pages, and folders (recursively, in name order).
/// Every problem is an <see cref="InputItem"/> with a diagnostic; reading goes on with the next input.
/// </summary>
public static class InputReader
{
    private static readonly string[] TextExtensions = [".txt"];
    private static readonly string[] FeedExtensions = [".jsonl", ".ndjson"];
    private static readonly string[] PageExtensions = [".html", ".htm"];

    public static IEnumerable<InputItem> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in FilesBelow(path))
                {
                    foreach (var item in ReadFile(file)) yield return item;
                }
            }
            else if (File.Exists(path))
            {
                foreach (var item in ReadFile(path, explicitlyNamed: true)) yield return item;
            }
            else
            {
                yield return InputItem.Failed(DiagnosticCodes.InputUnreadable, path, "no such file or folder");
            }
        }
    }

    /// <summary>True when a file's extension is one Lagebild reads.</summary>
    public static bool IsReadable(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return TextExtensions.Contains(extension) || FeedExtensions.Contains(extension) || PageExtensions.Contains(extension);
    }

    private static IEnumerable<string> FilesBelow(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(IsReadable)
            .OrderBy(f => f, StringComparer.Ordinal);

    private static IEnumerable<InputItem> ReadFile(string path, bool explicitlyNamed = false)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (FeedExtensions.Contains(extension)) return JsonLinesReader.Read(path);
        if (PageExtensions.Contains(extension)) return [HtmlPageReader.Read(path)];
        if (TextExtensions.Contains(extension) || explicitlyNamed && extension.Length == 0) return [TextFileReader.Read(path)];
        return [InputItem.Failed(DiagnosticCodes.InputUnsupported, path, $"unsupported file type '{extension}' (use .txt, .jsonl or .html)")];
    }
}
