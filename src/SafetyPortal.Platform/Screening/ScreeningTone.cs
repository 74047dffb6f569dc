namespace SafetyPortal.Platform.Screening;

/// <summary>
/// The colour a reason badge takes: the four risk-level colours every module uses (重大 red, 较大 orange,
/// 一般 yellow, 低 blue), or neutral.
/// </summary>
public enum ScreeningTone
{
    Neutral = 0,
    Red = 1,
    Orange = 2,
    Yellow = 3,
    Blue = 4,
}
