using System.CommandLine;
using Lagebild.Cli.Commands;

var root = new RootCommand("Lagebild: a situation picture of an international crisis from German and English news.");
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
return await root.Parse(args).InvokeAsync();
