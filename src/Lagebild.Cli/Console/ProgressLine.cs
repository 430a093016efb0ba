using System.Diagnostics;

namespace Lagebild.Cli.Console;

/// <summary>
/// Progress of a long run on stderr: a line refreshed in place on a terminal, an occasional line when redirected.
/// Quiet for runs that finish within a second.
/// </summary>
internal sealed class ProgressLine(string verb)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _interactive = !System.Console.IsErrorRedirected;
    private TimeSpan _lastShown = TimeSpan.Zero;
    private bool _shown;

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Report(int documents, long characters, int failed)
    {
        var now = _clock.Elapsed;
        var interval = _interactive ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromSeconds(10);
        if (now < TimeSpan.FromSeconds(1) || now - _lastShown < interval) return;
        _lastShown = now;
        _shown = true;
        var line = $"{verb} {documents:N0} documents, {characters / 1_000_000.0:F1} M chars, {characters / 1_000_000.0 / now.TotalSeconds:F1} M chars/s" +
                   (failed > 0 ? $", {failed} failed" : "");
        if (_interactive) System.Console.Error.Write($"\r{line}   ");
        else System.Console.Error.WriteLine(line);
    }

    public void Finish()
    {
        if (_shown && _interactive) System.Console.Error.WriteLine();
    }
}
