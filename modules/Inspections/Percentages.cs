namespace SafetyPortal.Inspections;

public static class Percentages
{
    /// <summary>The share in percent with one decimal (closure, coverage, answered rates); null when there is nothing to count.</summary>
    public static decimal? OneDecimal(int part, int whole) =>
        whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);
}
