namespace Lagebild.Evaluation;

/// <summary>One row of the score table: true positives, gold and predicted counts, precision, recall, F1.</summary>
public sealed record LayerScore(string Layer, int TruePositives, int Gold, int Predicted, double Precision, double Recall, double F1)
{
    public static LayerScore FromCounts(string layer, int truePositives, int gold, int predicted)
    {
        double precision = predicted > 0 ? (double)truePositives / predicted : 0.0;
        double recall = gold > 0 ? (double)truePositives / gold : 0.0;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        return new LayerScore(layer, truePositives, gold, predicted, precision, recall, f1);
    }

    /// <summary>A share (dct, event-date): precision, recall and F1 are all the share.</summary>
    public static LayerScore Share(string layer, int agreeing, int total)
    {
        double share = total > 0 ? (double)agreeing / total : 0.0;
        return new LayerScore(layer, agreeing, total, total, share, share, share);
    }
}

/// <summary>The whole score table, in the scorer's row order.</summary>
public sealed record ScoreReport(IReadOnlyList<LayerScore> Rows, IReadOnlyList<string> DocumentsWithoutPrediction, int GoldDocuments)
{
    public LayerScore this[string layer] => Rows.First(r => r.Layer == layer);
}
