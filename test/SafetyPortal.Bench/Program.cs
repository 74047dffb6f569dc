using System.Globalization;
using BenchmarkDotNet.Running;
using SafetyPortal.Bench.Import;

// Micro benchmarks: dotnet run -c Release --project test/SafetyPortal.Bench -- --filter '*'
// Staff import at city scale: dotnet run -c Release --project test/SafetyPortal.Bench -- --import [--towns N] [--staff N]
if (args.Length > 0 && args[0] == "--import")
{
    int Option(string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    // --staff makes a smaller city for a quick look; the README's figures use the defaults.
    return await ImportBenchmark.RunAsync(Option("--towns", 8), Option("--staff", SafetyPortal.Bench.City.CityGenerator.CityStaff));
}
// Workflow engine on MariaDB: dotnet run -c Release --project test/SafetyPortal.Bench -- --workflows [--instances N] [--timers N] [--clients N]
if (args.Length > 0 && args[0] == "--workflows")
{
    int Option(string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    return await SafetyPortal.Bench.Workflows.WorkflowBenchmark.RunAsync(Option("--instances", 20_000), Option("--timers", 100_000), Option("--clients", 16));
}
if (args.Length > 2 && args[0] == ImportRun.Switch)
{
    return await ImportRun.RunAsync(args[1], args[2], args[3..]);
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
