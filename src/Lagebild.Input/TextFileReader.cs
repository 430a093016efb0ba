using Lagebild.Core.Model;

namespace Lagebild.Input;

/// <summary>Reads a plain-text article: the whole file is the text, its name (without extension) the id.</summary>
public static class TextFileReader
{
    public static InputItem Read(string path)
    {
        var warnings = new List<Diagnostic>();
        if (TextDecoder.ReadFile(path, warnings, out var problem) is not { } text) return problem!;
        var document = new Document(Path.GetFileNameWithoutExtension(path), text)
        {
            Dct = DateHeader.Parse(text),
            Origin = path,
        };
        document.Diagnostics.AddRange(warnings);
        return InputItem.Of(document);
    }
}
