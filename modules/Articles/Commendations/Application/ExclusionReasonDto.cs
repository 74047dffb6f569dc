namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>Why a candidate is not on the list: the rule's code ("Learning.ManagerHours", "Threshold.Staff", "Manual") and the reason.</summary>
public sealed record ExclusionReasonDto(string Rule, string Reason);
