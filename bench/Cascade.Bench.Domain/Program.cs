using BenchmarkDotNet.Running;

// Micro-benchmarks of the pure rules. Run: dotnet run -c Release --project bench/Cascade.Bench.Domain -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
