using System.Globalization;
using System.Text;

namespace Lagebild.Evaluation;

/// <summary>Prints a score report as the reference scorer does: a fixed-width table, or one JSON object.</summary>
public static class ScoreTableWriter
{
    public static string Table(ScoreReport report, string? onlyLayer = null)
    {
        var text = new StringBuilder();
        if (report.DocumentsWithoutPrediction.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"documents with no prediction: {report.DocumentsWithoutPrediction.Count} of {report.GoldDocuments}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"{"layer",-14}{"P",7}{"R",7}{"F1",7}{"tp",6}{"gold",6}{"pred",6}\n");
        foreach (var row in report.Rows)
        {
            if (onlyLayer is not null && row.Layer != onlyLayer) continue;
            text.Append(CultureInfo.InvariantCulture,
                $"{row.Layer,-14}{row.Precision,7:F3}{row.Recall,7:F3}{row.F1,7:F3}{row.TruePositives,6}{row.Gold,6}{row.Predicted,6}\n");
        }

        return text.ToString();
    }

    public static string Json(ScoreReport report)
    {
        var text = new StringBuilder("{");
        for (int i = 0; i < report.Rows.Count; i++)
        {
            var r = report.Rows[i];
            if (i > 0) text.Append(", ");
            text.Append(CultureInfo.InvariantCulture,
                $"\"{r.Layer}\": {{\"tp\": {r.TruePositives}, \"gold\": {r.Gold}, \"pred\": {r.Predicted}, \"p\": {Math.Round(r.Precision, 4)}, \"r\": {Math.Round(r.Recall, 4)}, \"f1\": {Math.Round(r.F1, 4)}}}");
        }

        return text.Append('}').ToString();
    }
}
