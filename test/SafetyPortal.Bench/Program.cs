using BenchmarkDotNet.Running;

// dotnet run -c Release --project test/SafetyPortal.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
