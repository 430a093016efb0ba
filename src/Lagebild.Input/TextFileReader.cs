using Lagebild.Core.Model;

namespace Lagebild.Input;

/// <summary>Reads a plain-text article: the whole file is the text, its name (without extension) the id.</summary>
public static class TextFileReader
{
    public static InputItem Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return InputItem.Failed(DiagnosticCodes.InputUnreadable, path, ex.Message);
        }

        var warnings = new List<Diagnostic>();
        var text = TextDecoder.Decode(bytes, path, warnings);
        var document = new Document(Path.GetFileNameWithoutExtension(path), text)
        {
            Dct = DateHeader.Parse(text),
            Origin = path,
        };
        document.Diagnostics.AddRange(warnings);
        return InputItem.Of(document);
    }
}
