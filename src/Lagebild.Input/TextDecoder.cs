using System.Text;
using Lagebild.Core.Model;

namespace Lagebild.Input;

/// <summary>Decodes bytes as UTF-8 without the BOM; invalid bytes become U+FFFD and a warning.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Reads a whole file as text; null with <paramref name="problem"/> set when the file cannot be read.</summary>
    public static string? ReadFile(string path, List<Diagnostic> warnings, out InputItem? problem)
    {
        problem = null;
        try
        {
            return Decode(File.ReadAllBytes(path), path, warnings);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = InputItem.Failed(DiagnosticCodes.InputUnreadable, path, ex.Message);
            return null;
        }
    }

    public static string Decode(ReadOnlySpan<byte> bytes, string location, List<Diagnostic> warnings)
    {
        ReadOnlySpan<byte> byteOrderMark = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(byteOrderMark)) bytes = bytes[byteOrderMark.Length..];
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            warnings.Add(new Diagnostic(DiagnosticCodes.InputEncoding, Severity.Warning, location,
                "not valid UTF-8; undecodable bytes were replaced by U+FFFD"));
            return Lenient.GetString(bytes);
        }
    }
}
