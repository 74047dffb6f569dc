using System.Globalization;
using BenchmarkDotNet.Running;
using SafetyPortal.Bench.Import;

// Micro benchmarks: dotnet run -c Release --project test/SafetyPortal.Bench -- --filter '*'
var mode = args.Length > 0 ? args[0] : "";
// Staff import at city scale: dotnet run -c Release --project test/SafetyPortal.Bench -- --import [--towns N] [--staff N]
// (--staff makes a smaller city for a quick look; the README's figures use the defaults.)
if (mode == "--import")
{
    return await ImportBenchmark.RunAsync(Option("--towns", 8), Option("--staff", SafetyPortal.Bench.City.CityGenerator.CityStaff));
}
// Risk register at city scale: dotnet run -c Release --project test/SafetyPortal.Bench -- --risks [--towns N]
if (mode == "--risks")
{
    return await SafetyPortal.Bench.Risks.RiskRegisterBenchmark.RunAsync(Option("--towns", 8));
}
// Screening (前置研判) at city scale: dotnet run -c Release --project test/SafetyPortal.Bench -- --screening [--towns N]
if (mode == "--screening")
{
    return await SafetyPortal.Bench.Screening.ScreeningBenchmark.RunAsync(Option("--towns", 8));
}
// Workflow engine on MariaDB: dotnet run -c Release --project test/SafetyPortal.Bench -- --workflows [--instances N] [--timers N] [--clients N] [--warmup N]
if (mode == "--workflows")
{
    return await SafetyPortal.Bench.Workflows.WorkflowBenchmark.RunAsync(Option("--instances", 20_000), Option("--timers", 100_000), Option("--clients", 16),
        Option("--warmup", 5_000));
}
// Study heartbeats on MariaDB: dotnet run -c Release --project test/SafetyPortal.Bench -- --learning-heartbeats [--towns N] [--staff N] [--learners N] [--minutes N]
if (mode == "--learning-heartbeats")
{
    return await SafetyPortal.Bench.Learning.HeartbeatBenchmark.RunAsync(Option("--towns", 8), Option("--staff", SafetyPortal.Bench.City.CityGenerator.CityStaff),
        Option("--learners", 1_000), Option("--minutes", 3));
}
// Training tracking at city scale: dotnet run -c Release --project test/SafetyPortal.Bench -- --training [--towns N]
if (mode == "--training")
{
    return await SafetyPortal.Bench.Learning.TrainingBenchmark.RunAsync(Option("--towns", 8));
}
// Question bank and a year of exam results at city scale: dotnet run -c Release --project test/SafetyPortal.Bench -- --exams [--towns N] [--staff N]
if (mode == "--exams")
{
    return await SafetyPortal.Bench.Exams.CityExamsBenchmark.RunAsync(Option("--towns", 8), Option("--staff", SafetyPortal.Bench.City.CityGenerator.CityStaff));
}
// Case-warning articles, readings and must-reads at city scale: dotnet run -c Release --project test/SafetyPortal.Bench -- --articles [--towns N] [--staff N]
if (mode == "--articles")
{
    return await SafetyPortal.Bench.Articles.CityArticlesBenchmark.RunAsync(Option("--towns", 8), Option("--staff", SafetyPortal.Bench.City.CityGenerator.CityStaff));
}
// Opening a month's self-checks at city scale: dotnet run -c Release --project test/SafetyPortal.Bench -- --cycles [--towns N] [--parallel N]
if (mode == "--cycles")
{
    return await SafetyPortal.Bench.Inspections.CycleOpeningBenchmark.RunAsync(Option("--towns", 8), Option("--parallel", 4));
}
// Hazard register at city scale: dotnet run -c Release --project test/SafetyPortal.Bench -- --hazards [--towns N] [--town-hazards N]
if (mode == "--hazards")
{
    return await SafetyPortal.Bench.Inspections.HazardRegisterBenchmark.RunAsync(Option("--towns", 8), Option("--town-hazards", 10_000));
}
// A year of inspection cycles, tasks and work-order answers at city scale: dotnet run -c Release --project test/SafetyPortal.Bench -- --inspections [--towns N]
if (mode == "--inspections")
{
    return await SafetyPortal.Bench.Inspections.InspectionYearBenchmark.RunAsync(Option("--towns", 8));
}
// Exam load on MariaDB, the portal on Kestrel: dotnet run -c Release --project test/SafetyPortal.Bench -- --exam-load [--candidates N]
// [--burst N] [--questions N] [--interval S] [--workers N]
if (mode == "--exam-load")
{
    return await SafetyPortal.Bench.Exams.ExamLoadBenchmark.RunAsync(Option("--candidates", 5_000), Option("--burst", 2_000), Option("--questions", 50),
        Option("--interval", 10), Option("--workers", 64));
}
if (args.Length > 2 && mode == ImportRun.Switch)
{
    return await ImportRun.RunAsync(args[1], args[2], args[3..]);
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

int Option(string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
