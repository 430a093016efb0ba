using System.Text;
using System.Text.Json;
using Lagebild.Core.Model;

namespace Lagebild.Input;

/// <summary>
/// Reads a JSONL feed: one <c>{"id", "text", "date"?, "source"?, "url"?}</c> per line, streamed line by line.
/// A malformed line is reported with its line number and skipped; the others are read.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<InputItem> Read(string path)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [InputItem.Failed(DiagnosticCodes.InputUnreadable, path, ex.Message)];
        }

        return ReadLines(path, reader);
    }

    private static IEnumerable<InputItem> ReadLines(string path, StreamReader reader)
    {
        using (reader)
        {
            int lineNumber = 0;
            while (true)
            {
                string? line;
                string? readError = null;
                try
                {
                    line = reader.ReadLine();
                }
                catch (IOException ex)
                {
                    line = null;
                    readError = ex.Message;
                }

                if (readError is not null)
                {
                    yield return InputItem.Failed(DiagnosticCodes.InputUnreadable, $"{path}:{lineNumber + 1}", readError);
                }

                if (line is null) yield break;
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                yield return ParseLine(path, lineNumber, line);
            }
        }
    }

    internal static InputItem ParseLine(string path, int lineNumber, string line)
    {
        var location = $"{path}:{lineNumber}";
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return InputItem.Failed(DiagnosticCodes.InputMalformedJson, location, "expected a JSON object");
            }

            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return InputItem.Failed(DiagnosticCodes.InputMalformedJson, location, "missing string field \"text\"");
            }

            var id = OptionalString(root, "id") ?? $"{Path.GetFileNameWithoutExtension(path)}-{lineNumber}";
            var document = new Document(id, text.GetString()!)
            {
                Source = OptionalString(root, "source"),
                Url = OptionalString(root, "url"),
                Origin = location,
            };

            var date = OptionalString(root, "date");
            if (date is not null)
            {
                var day = date.Length >= 10 ? date[..10] : date;
                if (!DateHeader.IsIsoDate(day))
                {
                    return InputItem.Failed(DiagnosticCodes.InputMalformedJson, location, $"\"date\" is not an ISO date: {date}");
                }

                document.Dct = new DocumentDate(day, DateBasis.Given);
            }
            else
            {
                document.Dct = DateHeader.Parse(document.Text);
            }

            return InputItem.Of(document);
        }
        catch (JsonException ex)
        {
            return InputItem.Failed(DiagnosticCodes.InputMalformedJson, location, $"not JSON: {ex.Message}");
        }
    }

    private static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
