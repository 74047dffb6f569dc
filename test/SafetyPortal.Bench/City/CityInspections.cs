using SafetyPortal.Inspections.Cycles;
using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Bench.City;

/// <summary>
/// A year (2026) of the "1+2+3" inspections at the seed city's rates: self-checks every month for every enterprise, patrols
/// every 2 months for every enterprise, inspections every 3 months for key enterprises (every fifth, about 20 %). Past
/// cycles are closed with 92 / 85 / 95 % of their tasks submitted and the rest missed; the cycle holding today is open
/// with a mix of open, started and submitted tasks (at least 10 % submitted, more as the period goes by). Submitted tasks
/// find hazards (failed items) at the seed city's rates: 14,893 from 32,293 self-checks (0.46 each), 30,007 from 17,478
/// patrols (1.72 each); inspections are assumed to find 1.0 each. A few submitted tasks are flagged: 3 % of the faultless
/// self-checks TooFast, 2 % of all ReusedPhotos. Deterministic: the same town, tier and period give the same tasks.
/// </summary>
public static class CityInspections
{
    public static readonly DateOnly YearStart = new(2026, 1, 1);
    public static readonly DateOnly YearEnd = new(2026, 12, 31);
    public const int KeyEvery = 5;

    /// <summary>Failed items per submitted task, by tier.</summary>
    public static double HazardRate(InspectionTier tier) => tier switch
    {
        InspectionTier.SelfCheck => 14_893.0 / 32_293,
        InspectionTier.Patrol => 30_007.0 / 17_478,
        _ => 1.0,
    };

    public static double SubmittedShare(InspectionTier tier) => tier switch
    {
        InspectionTier.SelfCheck => 0.92,
        InspectionTier.Patrol => 0.85,
        _ => 0.95,
    };

    public static int Months(InspectionTier tier) => tier switch
    {
        InspectionTier.SelfCheck => CycleSettings.DefaultSelfCheckMonths,
        InspectionTier.Patrol => CycleSettings.DefaultPatrolMonths,
        _ => CycleSettings.DefaultInspectionMonths,
    };

    /// <summary>Today on the China calendar, kept inside 2026 (run later, the year's last cycles stay open).</summary>
    public static DateOnly Today(DateTime utcNow)
    {
        var day = CyclePeriod.ChinaDay(utcNow);
        return day < YearStart ? YearStart : day > YearEnd ? YearEnd : day;
    }

    /// <summary>The tier's periods of 2026 that have begun by today, oldest first; the last one holds today.</summary>
    public static IEnumerable<CyclePeriod> Periods(InspectionTier tier, DateOnly today)
    {
        for (var start = YearStart; start <= today; start = start.AddMonths(Months(tier)))
        {
            yield return CyclePeriod.Containing(start, Months(tier));
        }
    }

    /// <summary>Whether the enterprise at this position of its town's ordered list is a key enterprise (inspected by the town).</summary>
    public static bool IsKey(int position) => position % KeyEvery == 0;

    /// <summary>How many items the enterprise's checklist has (20–69, about 44 as the cycle-opening benchmark's city).</summary>
    public static int ItemCount(int position) => 20 + (position * 37 % 50);

    public static Random Random(int town, InspectionTier tier, CyclePeriod period) =>
        new((town * 1_000) + ((int)tier * 100) + period.Start.Month);

    public static GeneratedInspection Task(InspectionTier tier, CyclePeriod period, DateOnly today, int position, Random random)
    {
        var items = ItemCount(position);
        var open = period.End >= today;
        var share = SubmittedShare(tier);
        var roll = random.NextDouble();
        var lastDay = open ? today : period.End;
        if (open)
        {
            var progress = (today.DayNumber - period.Start.DayNumber + 1.0) / (period.End.DayNumber - period.Start.DayNumber + 1.0);
            var submitted = Math.Max(0.10, share * progress);
            if (roll >= submitted + 0.15)
            {
                return new GeneratedInspection(InspectionTaskStatus.Open, items, 0, 0, PerfunctoryFlags.None, null, null);
            }
            if (roll >= submitted)
            {
                var answered = random.Next(1, items);
                var started = At(today, random);
                return new GeneratedInspection(InspectionTaskStatus.InProgress, items, answered,
                    Math.Min(answered, Poisson(HazardRate(tier) * answered / items, random)), PerfunctoryFlags.None, started, null);
            }
        }
        else if (roll >= share)
        {
            var answered = random.Next(2) == 0 ? 0 : random.Next(1, items);
            return new GeneratedInspection(InspectionTaskStatus.Missed, items, answered, 0, PerfunctoryFlags.None,
                answered == 0 ? null : At(period.Start.AddDays(random.Next(lastDay.DayNumber - period.Start.DayNumber + 1)), random), null);
        }
        var failed = Math.Min(items, Poisson(HazardRate(tier), random));
        var flag = random.NextDouble();
        var flags = tier == InspectionTier.SelfCheck && failed == 0 && flag < 0.03 ? PerfunctoryFlags.TooFast
            : flag >= 0.98 ? PerfunctoryFlags.ReusedPhotos : PerfunctoryFlags.None;
        var submittedTime = At(period.Start.AddDays(random.Next(lastDay.DayNumber - period.Start.DayNumber + 1)), random);
        var minutes = flags.HasFlag(PerfunctoryFlags.TooFast) ? 1 : 10 + random.Next(80);
        return new GeneratedInspection(InspectionTaskStatus.Submitted, items, items, failed, flags, submittedTime.AddMinutes(-minutes), submittedTime);
    }

    /// <summary>A working-hours moment of a China-calendar day, in UTC (08:00–17:59 China time).</summary>
    private static DateTime At(DateOnly day, Random random) =>
        day.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc).AddHours(-8).AddMinutes(random.Next(600));

    /// <summary>Knuth's draw from a Poisson distribution with the given mean.</summary>
    private static int Poisson(double mean, Random random)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        var p = random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }
        return k;
    }
}
