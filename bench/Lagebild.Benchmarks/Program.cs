using BenchmarkDotNet.Running;

// Micro-benchmarks of the hot paths: dotnet run -c Release --project bench/Lagebild.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Lagebild.Benchmarks.PipelinePrefixBenchmarks).Assembly).Run(args);
