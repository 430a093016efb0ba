using System.CommandLine;
using Lagebild.Cli.Commands;

var root = new RootCommand("Lagebild: a situation picture of an international crisis from German and English news.");
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(TimelineCommand.Create());
root.Subcommands.Add(ActorsCommand.Create());
root.Subcommands.Add(QuotesCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(SourcesCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
return await root.Parse(args).InvokeAsync();
