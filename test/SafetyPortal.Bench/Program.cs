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
// Risk register at city scale: dotnet run -c Release --project test/SafetyPortal.Bench -- --risks [--towns N]
if (args.Length > 0 && args[0] == "--risks")
{
    var towns = Array.IndexOf(args, "--towns") is var t and >= 0 && t + 1 < args.Length ? int.Parse(args[t + 1], CultureInfo.InvariantCulture) : 8;
    return await SafetyPortal.Bench.Risks.RiskRegisterBenchmark.RunAsync(towns);
}
// Screening (前置研判) at city scale: dotnet run -c Release --project test/SafetyPortal.Bench -- --screening [--towns N]
if (args.Length > 0 && args[0] == "--screening")
{
    var towns = Array.IndexOf(args, "--towns") is var t and >= 0 && t + 1 < args.Length ? int.Parse(args[t + 1], CultureInfo.InvariantCulture) : 8;
    return await SafetyPortal.Bench.Screening.ScreeningBenchmark.RunAsync(towns);
}
if (args.Length > 2 && args[0] == ImportRun.Switch)
{
    return await ImportRun.RunAsync(args[1], args[2], args[3..]);
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
