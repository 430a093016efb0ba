using System.Text.Json;

namespace Lagebild.Evaluation;

/// <summary>Reads analysis-format JSONL files (or folders of them) into documents keyed by id.</summary>
public static class AnnotatedDocuments
{
    /// <summary>Loads a .jsonl file or every .jsonl file in a folder (not recursive, sorted by name).</summary>
    /// <exception cref="EvaluationException">A line is not JSON; the message names file and line.</exception>
    public static Dictionary<string, JsonElement> Load(string path)
    {
        var documents = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.GetFiles(path, "*.jsonl").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal))
            {
                foreach (var (id, doc) in Load(file)) documents[id] = doc;
            }

            return documents;
        }

        if (!File.Exists(path)) throw new EvaluationException($"{path}: no such file or folder");

        int lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            JsonElement element;
            try
            {
                using var parsed = JsonDocument.Parse(line);
                element = parsed.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw new EvaluationException($"{path}:{lineNumber}: not JSON: {ex.Message}");
            }

            documents[IdOf(element)] = element;
        }

        return documents;
    }

    private static string IdOf(JsonElement document)
    {
        if (document.ValueKind != JsonValueKind.Object || !document.TryGetProperty("id", out var id)) return "None";
        return id.ValueKind switch
        {
            JsonValueKind.String => id.GetString()!,
            JsonValueKind.Null => "None",
            _ => id.GetRawText(),
        };
    }
}

/// <summary>An evaluation input that cannot be read.</summary>
public sealed class EvaluationException(string message) : Exception(message);
