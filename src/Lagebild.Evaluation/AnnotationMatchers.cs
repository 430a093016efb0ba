using System.Text;
using System.Text.Json;

namespace Lagebild.Evaluation;

/// <summary>
/// The matching rules of the analysis format's scorer, one method per layer: when a predicted annotation
/// counts as the gold one.
/// </summary>
public static class AnnotationMatchers
{
    private static readonly HashSet<string> SymmetricCategories = ["CONSULT", "AGREE", "COOPERATE"];

    /// <summary>Folds an id for comparison: NFC, dashes to '-', spaces to '_', outer '_' trimmed, case folded.</summary>
    public static string? NormaliseId(string? id)
    {
        if (id is null) return null;
        var builder = new StringBuilder(id.Normalize(NormalizationForm.FormC));
        for (int i = 0; i < builder.Length; i++)
        {
            builder[i] = builder[i] switch
            {
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                ' ' => '_',
                var c => c,
            };
        }

        return builder.ToString().Trim('_').ToLowerInvariant().Replace("ß", "ss", StringComparison.Ordinal);
    }

    public static bool SameEntity(JsonElement gold, JsonElement predicted) =>
        HasSpan(predicted) && Overlap(gold, predicted) > 0 && StringOf(gold, "id") is { } goldId &&
        NormaliseId(goldId) == NormaliseId(StringOf(predicted, "id"));

    public static bool SameTimex(JsonElement gold, JsonElement predicted) =>
        HasSpan(predicted) && Overlap(gold, predicted) > 0 && PythonText(gold, "value") == PythonText(predicted, "value");

    public static bool TimexSpan(JsonElement gold, JsonElement predicted) => HasSpan(predicted) && Overlap(gold, predicted) > 0;

    public static bool QuoteSpan(JsonElement gold, JsonElement predicted)
    {
        if (!HasSpan(predicted)) return false;
        int shorter = Math.Min(Int(gold, "end") - Int(gold, "start"), Int(predicted, "end") - Int(predicted, "start"));
        return shorter > 0 && Overlap(gold, predicted) * 2 >= shorter;
    }

    public static bool SameQuote(JsonElement gold, JsonElement predicted) =>
        QuoteSpan(gold, predicted) && NormaliseId(StringOf(gold, "speaker")) == NormaliseId(StringOf(predicted, "speaker"));

    public static bool SameEvent(JsonElement gold, JsonElement predicted)
    {
        var kind = EventType(StringOf(gold, "type"));
        if (kind != EventType(StringOf(predicted, "type"))) return false;
        if (!HasSpan(predicted) || Overlap(gold, predicted) == 0) return false;

        var goldSources = ActorSet(gold, "source");
        var goldTargets = ActorSet(gold, "target");
        var predictedSources = ActorSet(predicted, "source");
        var predictedTargets = ActorSet(predicted, "target");
        if (SymmetricCategories.Contains(kind))
        {
            var goldAll = new HashSet<string>(goldSources);
            goldAll.UnionWith(goldTargets);
            var predictedAll = new HashSet<string>(predictedSources);
            predictedAll.UnionWith(predictedTargets);
            int found = goldAll.Count(predictedAll.Contains);
            return found >= Math.Min(2, goldAll.Count);
        }

        if (!goldSources.Overlaps(predictedSources)) return false;
        return goldTargets.Count == 0 || goldTargets.Overlaps(predictedTargets);
    }

    /// <summary>A predicted date agrees when it starts with the gold value's first ten characters.</summary>
    public static bool DateAgrees(string? goldValue, string? predictedValue)
    {
        if (string.IsNullOrEmpty(goldValue)) return string.IsNullOrEmpty(predictedValue);
        if (string.IsNullOrEmpty(predictedValue)) return false;
        return predictedValue.StartsWith(goldValue.Length > 10 ? goldValue[..10] : goldValue, StringComparison.Ordinal);
    }

    public static string EventType(string? type)
    {
        var upper = (type ?? "").ToUpperInvariant();
        return upper == "DEMAND" ? "REQUEST" : upper;
    }

    internal static string? StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null => null,
                _ => value.GetRawText(),
            }
            : null;

    /// <summary>The value as Python's <c>str()</c> shows it, so that a missing value equals another missing one.</summary>
    private static string PythonText(JsonElement element, string name) => StringOf(element, name) ?? "None";

    private static bool HasSpan(JsonElement element) => IsInt(element, "start") && IsInt(element, "end");

    private static bool IsInt(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) &&
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _) && !value.GetRawText().Contains('.');

    private static int Int(JsonElement element, string name) => (int)element.GetProperty(name).GetInt64();

    private static int Overlap(JsonElement a, JsonElement b) =>
        Math.Max(0, Math.Min(Int(a, "end"), Int(b, "end")) - Math.Max(Int(a, "start"), Int(b, "start")));

    private static HashSet<string> ActorSet(JsonElement element, string name)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value)) return set;
        if (value.ValueKind == JsonValueKind.String)
        {
            if (value.GetString() is { Length: > 0 } single) set.Add(NormaliseId(single)!);
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                var text = item.ValueKind switch
                {
                    JsonValueKind.String => item.GetString(),
                    JsonValueKind.Null or JsonValueKind.False => null,
                    _ => item.GetRawText(),
                };
                if (!string.IsNullOrEmpty(text)) set.Add(NormaliseId(text)!);
            }
        }

        return set;
    }
}
