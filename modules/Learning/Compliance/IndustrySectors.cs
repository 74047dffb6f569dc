namespace SafetyPortal.Learning.Compliance;

/// <summary>
/// The sectors the training rules treat apart, decided by the enterprise's GB/T 4754-2017 industry code (a section
/// letter and up to four digits, e.g. "C", "C26", "C3120").
/// High-risk (煤矿、非煤矿山、危险化学品、烟花爆竹、金属冶炼):
/// B (采矿业: 06 coal, 07 oil and gas, 08–10 metal and non-metal mines, 11–12 auxiliary and other mining);
/// C25 (石油、煤炭及其他燃料加工), C26 (化学原料和化学制品制造, which holds C267 炸药、火工及焰火产品 = fireworks);
/// metal smelting C311 炼铁, C312 炼钢, C314 铁合金冶炼, C321 常用有色金属冶炼, C322 贵金属冶炼, C323 稀有稀土金属冶炼, and the bare
/// divisions C31 / C32 when no finer code is known (rolling, C313 / C325, is not smelting).
/// Manufacturing (三级安全教育): section C.
/// </summary>
public static class IndustrySectors
{
    private static readonly string[] HighRiskPrefixes = ["B", "C25", "C26", "C311", "C312", "C314", "C321", "C322", "C323"];
    private static readonly string[] SmeltingDivisions = ["C31", "C32"];

    public static bool IsHighRisk(string? industryCode)
    {
        var code = Normalize(industryCode);
        return code.Length > 0
            && (HighRiskPrefixes.Any(p => code.StartsWith(p, StringComparison.Ordinal)) || SmeltingDivisions.Contains(code));
    }

    public static bool IsManufacturing(string? industryCode) => Normalize(industryCode).StartsWith('C');

    private static string Normalize(string? code) => (code ?? "").Trim().ToUpperInvariant();
}
