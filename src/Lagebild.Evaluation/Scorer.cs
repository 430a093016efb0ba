using System.Text.Json;

namespace Lagebild.Evaluation;

/// <summary>Scores predicted analyses against gold ones, layer by layer, with the analysis format's matching rules.</summary>
public static class Scorer
{
    private delegate bool Matcher(JsonElement gold, JsonElement predicted);

    private sealed record LayerDefinition(string Name, string Key, Matcher Same, bool OnlyLinked);

    private static readonly LayerDefinition[] Layers =
    [
        new("entities", "entities", AnnotationMatchers.SameEntity, OnlyLinked: true),
        new("timexes", "timexes", AnnotationMatchers.SameTimex, OnlyLinked: false),
        new("timex-span", "timexes", AnnotationMatchers.TimexSpan, OnlyLinked: false),
        new("quotes", "quotes", AnnotationMatchers.SameQuote, OnlyLinked: false),
        new("quote-span", "quotes", AnnotationMatchers.QuoteSpan, OnlyLinked: false),
        new("events", "events", AnnotationMatchers.SameEvent, OnlyLinked: false),
    ];

    public static ScoreReport Score(IReadOnlyDictionary<string, JsonElement> gold, IReadOnlyDictionary<string, JsonElement> predicted)
    {
        var rows = new List<LayerScore>();
        foreach (var layer in Layers)
        {
            int truePositives = 0, goldCount = 0, predictedCount = 0, datesAgreeing = 0, datesTotal = 0;
            foreach (var (id, goldDocument) in gold)
            {
                if (!goldDocument.TryGetProperty(layer.Key, out _)) continue;
                var goldItems = Items(goldDocument, layer);
                var predictedItems = predicted.TryGetValue(id, out var p) ? Items(p, layer) : [];
                var pairs = GreedyMatch(goldItems, predictedItems, layer.Same);
                truePositives += pairs.Count;
                goldCount += goldItems.Count;
                predictedCount += predictedItems.Count;
                if (layer.Name == "events")
                {
                    foreach (var (g, pr) in pairs)
                    {
                        var goldDate = AnnotationMatchers.StringOf(g, "date");
                        if (string.IsNullOrEmpty(goldDate)) continue;
                        datesTotal++;
                        if (AnnotationMatchers.DateAgrees(goldDate, AnnotationMatchers.StringOf(pr, "date"))) datesAgreeing++;
                    }
                }
            }

            rows.Add(LayerScore.FromCounts(layer.Name, truePositives, goldCount, predictedCount));
            if (layer.Name == "events") rows.Add(LayerScore.Share("event-date", datesAgreeing, datesTotal));
        }

        rows.Add(DocumentLevelEntities(gold, predicted));
        rows.Add(DocumentDates(gold, predicted));
        var missing = gold.Keys.Where(id => !predicted.ContainsKey(id)).ToList();
        return new ScoreReport(rows, missing, gold.Count);
    }

    private static List<JsonElement> Items(JsonElement document, LayerDefinition layer)
    {
        var list = new List<JsonElement>();
        if (!document.TryGetProperty(layer.Key, out var array) || array.ValueKind != JsonValueKind.Array) return list;
        foreach (var item in array.EnumerateArray())
        {
            if (layer.OnlyLinked && AnnotationMatchers.StringOf(item, "id") is null) continue;
            list.Add(item);
        }

        return list;
    }

    private static List<(JsonElement Gold, JsonElement Predicted)> GreedyMatch(List<JsonElement> gold, List<JsonElement> predicted, Matcher same)
    {
        var used = new bool[predicted.Count];
        var pairs = new List<(JsonElement, JsonElement)>();
        foreach (var g in gold)
        {
            for (int i = 0; i < predicted.Count; i++)
            {
                if (used[i] || !same(g, predicted[i])) continue;
                used[i] = true;
                pairs.Add((g, predicted[i]));
                break;
            }
        }

        return pairs;
    }

    private static LayerScore DocumentLevelEntities(IReadOnlyDictionary<string, JsonElement> gold, IReadOnlyDictionary<string, JsonElement> predicted)
    {
        int truePositives = 0, goldCount = 0, predictedCount = 0;
        foreach (var (id, goldDocument) in gold)
        {
            if (!goldDocument.TryGetProperty("entities", out _)) continue;
            var goldIds = LinkedIds(goldDocument);
            var predictedIds = predicted.TryGetValue(id, out var p) ? LinkedIds(p) : [];
            truePositives += goldIds.Count(predictedIds.Contains);
            goldCount += goldIds.Count;
            predictedCount += predictedIds.Count;
        }

        return LayerScore.FromCounts("entities-doc", truePositives, goldCount, predictedCount);
    }

    private static HashSet<string> LinkedIds(JsonElement document)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (!document.TryGetProperty("entities", out var entities) || entities.ValueKind != JsonValueKind.Array) return ids;
        foreach (var entity in entities.EnumerateArray())
        {
            if (AnnotationMatchers.StringOf(entity, "id") is { Length: > 0 } id) ids.Add(AnnotationMatchers.NormaliseId(id)!);
        }

        return ids;
    }

    private static LayerScore DocumentDates(IReadOnlyDictionary<string, JsonElement> gold, IReadOnlyDictionary<string, JsonElement> predicted)
    {
        int agreeing = 0, total = 0;
        foreach (var (id, goldDocument) in gold)
        {
            var goldValue = DctValue(goldDocument);
            if (string.IsNullOrEmpty(goldValue)) continue;
            total++;
            var predictedValue = predicted.TryGetValue(id, out var p) ? DctValue(p) : null;
            if (AnnotationMatchers.DateAgrees(goldValue, predictedValue)) agreeing++;
        }

        return LayerScore.Share("dct", agreeing, total);
    }

    private static string? DctValue(JsonElement document) =>
        document.TryGetProperty("dct", out var dct) && dct.ValueKind == JsonValueKind.Object
            ? AnnotationMatchers.StringOf(dct, "value")
            : null;
}
