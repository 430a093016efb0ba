using System.Diagnostics;

namespace Lagebild.Cli.Tests;

/// <summary>Runs the <c>lagebild</c> program built beside the tests as a separate process.</summary>
internal static class CliRunner
{
    public static string Program => Path.Combine(AppContext.BaseDirectory, "lagebild.dll");

    public static (int ExitCode, string Output, string Error) Run(params string[] arguments) => RunIn(null, arguments);

    public static (int ExitCode, string Output, string Error) RunIn(string? workingDirectory, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(workingDirectory, arguments))!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    public static ProcessStartInfo StartInfo(string? workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Program);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["NO_COLOR"] = "1";
        return start;
    }

    /// <summary>The repository's root folder (holding Lagebild.slnx).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lagebild.slnx"))) return dir.FullName;
        }

        throw new InvalidOperationException("Lagebild.slnx not found above " + AppContext.BaseDirectory);
    }
}
